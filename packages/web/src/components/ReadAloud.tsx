import { useEffect, useState } from 'react';

function speechSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance !== 'undefined'
  );
}

/** Reads text with the device's own voice; shows nothing when the browser cannot speak. */
export function ReadAloud({ text, label }: { text: string; label: string }) {
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    // Leaving the page must not leave the voice talking about a task the user no longer sees.
    return () => {
      if (speechSupported()) window.speechSynthesis.cancel();
    };
  }, []);

  if (!speechSupported()) return null;

  function start() {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-US';
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    window.speechSynthesis.speak(utterance);
  }

  function stop() {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  }

  return speaking ? (
    <button type="button" className="secondary" onClick={stop}>
      Stop reading<span className="visually-hidden"> {label}</span>
    </button>
  ) : (
    <button type="button" className="secondary" onClick={start}>
      Read aloud<span className="visually-hidden"> {label}</span>
    </button>
  );
}
