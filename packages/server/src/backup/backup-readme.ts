// The README.txt at the top of a case backup. Plain words: whoever opens the zip may not be the parent who made
// it (a lawyer, an advocate, a relative), and the audio inside is no longer encrypted.

export function backupReadme(input: {
  studentName: string;
  madeAt: string;
  recordings: number;
  letters: number;
  documents: number;
}): string {
  return `IEP Ready backup of the case of ${input.studentName}
Made on ${input.madeAt}.

KEEP THIS FILE SAFE. The audio and documents in this backup are NOT encrypted.
Anyone who has this file can read the case and listen to the recordings.
Keep it on a drive or account that only you can open. Do not email it to people you do not trust.

What is in each place:

case.json
  The case file: the student, parents, meetings, goals, services and test results.
  You can import it again into IEP Ready ("Import a case file").

timeline.json
  The paper trail of the case: every change and every letter, newest first, with the date and time.

recordings/<meeting id>/  (${input.recordings} meeting recording(s))
  manifest.json   The list of recording parts: when each part started, how long it is, and its SHA-256 code.
                  It also lists the bookmarks (moments you marked) and the clips.
                  "files" says which file in this backup belongs to which part or clip.
  part-<number>-<start time>.webm
                  The audio of each part, in the order it was recorded. Most media players can play WebM
                  (VLC, Chrome, Firefox).
  originals/      The file exactly as you uploaded it, for parts you imported.
  clips/          The short clips you cut from the recording.
  transcript.txt  The transcript as you see it in the app, with your fixes and speaker names (when there is one).
  transcript.json The same transcript as data: every part with its time, speaker and words.
  items.json      What was promised, refused, agreed or left open, and what you decided about each.

companion/<meeting id>.json
  What you tapped and noted at the meeting table with the meeting companion, in the order you did it.

letters/  (${input.letters} letter file(s))
  Every letter file you made (Word, PDF or email files).
  sent.json       The letters you marked as sent: when, how (email, mail, by hand...) and the SHA-256 code
                  of the file that was sent.

documents/  (${input.documents} document(s))
  The school's papers you added to the binder, each file exactly as you added it.
  documents.json  What each one is (its kind, binder tab, the date on it, the day you got it) and its SHA-256 code.
  text/           The words read from each document, page by page.

escalation.json  (only when you changed one)
  The days you said you knew about a meeting, notice, "no" or letter, for the due process time limit.

About SHA-256 codes: a SHA-256 code is like a fingerprint of a file. If even one byte of the file changes,
the code changes. The codes in manifest.json and sent.json show that the files in this backup are the same
files that were recorded or sent. To check one yourself:
  Windows (PowerShell):  Get-FileHash FILE -Algorithm SHA256
  Mac or Linux:          shasum -a 256 FILE
`;
}
