import { recipientParts, type Letter, type LetterBlock, type Recipient } from '@iep/core';
import { formatLocal } from '../../../lib/format-time';

/** Name, title and organization, each said once (the same words as the files). */
function recipientLine(r: Recipient): string {
  return recipientParts(r).join(', ');
}

function Block({ block }: { block: LetterBlock }) {
  switch (block.type) {
    case 'heading':
      return <h4>{block.text}</h4>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list': {
      const items = block.items.map((item) => <li key={item}>{item}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <div className="table-scroll" role="region" aria-label={block.caption} tabIndex={0}>
          <table>
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'chart':
      // The drawn chart is in the PDF and Word files; here the title, the summary and the data say the same.
      return (
        <figure className="letter-chart">
          <figcaption>
            <strong>{block.title}</strong>
            <br />
            {block.summary}
          </figcaption>
          <div className="table-scroll" role="region" aria-label={`Data: ${block.title}`} tabIndex={0}>
            <table>
              <caption>Scores for {block.title}</caption>
              <thead>
                <tr>
                  {block.table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      );
    case 'quote':
      return (
        <blockquote>
          <p>{block.text}</p>
          <p className="citation">{block.citation}</p>
        </blockquote>
      );
  }
}

/** The letter as it will read on paper: who it goes to, the subject, the body and the signature. No notes. */
export function LetterView({ letter }: { letter: Letter }) {
  return (
    <article className="letter-preview" aria-label={`Preview: ${letter.title}`}>
      <p>
        {/^\d{4}-\d{2}-\d{2}$/.test(letter.date)
          ? formatLocal(`${letter.date}T00:00`, { dateOnly: true, withYear: true, noWeekday: true })
          : letter.date}
      </p>
      <p>
        <strong>To:</strong> {letter.to.map(recipientLine).join('; ')}
      </p>
      {letter.cc.length > 0 ? (
        <p>
          <strong>Copy to:</strong> {letter.cc.map(recipientLine).join('; ')}
        </p>
      ) : null}
      <p>
        <strong>Subject:</strong> {letter.subject}
      </p>
      <p>{letter.greeting}</p>
      {letter.body.map((block, i) => (
        <Block key={i} block={block} />
      ))}
      <p>{letter.closing}</p>
      <p>
        {letter.sender.name}
        {letter.sender.phone ? (
          <>
            <br />
            {letter.sender.phone}
          </>
        ) : null}
        {letter.sender.email ? (
          <>
            <br />
            {letter.sender.email}
          </>
        ) : null}
      </p>
      {letter.attachments.length > 0 ? (
        <>
          <h4>Attached</h4>
          <ul>
            {letter.attachments.map((a) => (
              <li key={a.name}>
                {a.name}: {a.description}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
