/**
 * CCM specification text. The open data flattens CSA's bullet lists into "•"-separated runs;
 * they are shown as lists again.
 */
export function SpecificationText({ text }: { text: string }) {
  return (
    <div className="prose-kb max-w-3xl space-y-3">
      {text.split(/\n{2,}/).map((para, i) => {
        const [lead, ...items] = para.split(/\s*•\s*/);
        return (
          <div key={i}>
            {lead && <p>{lead}</p>}
            {items.length > 0 && (
              <ul>
                {items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
