import type { EvidenceMaterial } from '@iep/core/contract';
import { groupMaterials, materialLine } from '../lib/evidence-text';

/** What can go into the binder, a checkbox each, under its group; each group with "all" and "none". */
export function MaterialChecklist({
  materials,
  chosen,
  onChange,
}: {
  materials: readonly EvidenceMaterial[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const set = (ids: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    onChange(next);
  };
  return (
    <>
      {groupMaterials(materials).map((group) => {
        const ids = group.materials.map((m) => m.id);
        const count = ids.filter((id) => chosen.has(id)).length;
        return (
          <fieldset key={group.group} className="evidence-group">
            <legend>
              {group.label} ({count} of {ids.length} chosen)
            </legend>
            <div className="actions">
              <button type="button" className="secondary" onClick={() => set(ids, true)}>
                Choose all<span className="visually-hidden"> {group.label.toLowerCase()}</span>
              </button>
              <button type="button" className="secondary" onClick={() => set(ids, false)}>
                Choose none<span className="visually-hidden"> of {group.label.toLowerCase()}</span>
              </button>
            </div>
            {group.materials.map((m) => {
              const id = `material-${m.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
              const line = materialLine(m);
              return (
                <div className="checkbox" key={m.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={chosen.has(m.id)}
                    aria-describedby={line ? `${id}-line` : undefined}
                    onChange={(e) => set([m.id], e.target.checked)}
                  />
                  <label htmlFor={id}>{m.title}</label>
                  {line ? (
                    <span id={`${id}-line`} className="help-text">
                      {' '}
                      {line}
                    </span>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </>
  );
}
