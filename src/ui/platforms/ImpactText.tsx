import type { PlatformImpact } from '../../engine/read';

/** What a platform or runtime change does, in the confirmation dialog. */
export function ImpactText({ impact }: { impact: PlatformImpact }) {
  return (
    <>
      <p>{impact.summary}</p>
      {impact.kept.length > 0 && (
        <p>Kept as they are: {impact.kept.map((w) => w.name).join(', ')}.</p>
      )}
      <p className="font-semibold">Undo (Ctrl+Z) puts everything back.</p>
    </>
  );
}
