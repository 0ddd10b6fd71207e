import type { IntroPage } from '../../lessons';
import { playDemo, showIntroPage } from '../../store/lessonPlay';
import { Button } from '../components/Button';
import { useSandbox, useStoreApi } from '../storeContext';

/** The lesson's intro, a page at a time; its last page starts the lesson. */
export function LessonIntro({ pages, page }: { pages: readonly IntroPage[]; page: number }) {
  const store = useStoreApi();
  const playing = useSandbox((s) => s.lesson?.playingSolution ?? false);
  const shown = pages[page];
  const last = page >= pages.length - 1;
  return (
    <section aria-labelledby="intro-title" className="rounded bg-sky-50 p-3">
      <p className="text-sm text-slate-800">
        Introduction, page {page + 1} of {pages.length}
      </p>
      <h3 id="intro-title" className="mb-2 text-lg font-bold">
        {shown?.title}
      </h3>
      {shown?.text.map((paragraph) => (
        <p key={paragraph} className="mb-2 text-base leading-snug text-slate-900">
          {paragraph}
        </p>
      ))}
      <div className="mt-3 flex flex-wrap gap-2">
        {page > 0 && <Button onClick={() => showIntroPage(store, page - 1)}>Back</Button>}
        {last ? (
          <Button tone="primary" autoFocus onClick={() => showIntroPage(store, null)}>
            Start the lesson
          </Button>
        ) : (
          <Button tone="primary" onClick={() => showIntroPage(store, page + 1)}>
            Next page
          </Button>
        )}
        {!last && <Button onClick={() => showIntroPage(store, null)}>Skip the intro</Button>}
      </div>
      {shown?.demo && (
        <div className="mt-2">
          <Button onClick={() => void playDemo(store)} disabled={playing}>
            {playing ? 'Showing…' : `Show me: ${shown.demo.label}`}
          </Button>
          <p className="mt-1 text-sm text-slate-800">
            Played on this lesson’s datacenter; the lesson starts afresh when you begin.
          </p>
        </div>
      )}
    </section>
  );
}
