import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { Sandbox } from './fixtures/sandbox';

const TITLE = 'A VM is an object you can move';

/** The lessons menu, opened from the toolbar. */
async function openMenu(page: Page) {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
}

/** Opens the first lesson from the menu and reads its intro to the end. */
async function openFirstLesson(page: Page) {
  await openMenu(page);
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expect(page.getByRole('heading', { name: 'Goals' })).toBeVisible();
}

/** The name this attempt gave the VM to move (the lesson draws it from its seed). */
const webName = (sandbox: Sandbox) =>
  sandbox.readEngine((virtlab) =>
    String(virtlab.store.getState().lesson?.prepared.variables.web ?? ''),
  );

const lessonMark = (page: Page) => page.getByTestId('lesson-vm-is-an-object');
const goals = (page: Page) => page.getByTestId('goal');

test('a learner completes the first lesson by dragging the VM, and finds it done after a reload', async ({
  page,
  sandbox,
}) => {
  await openFirstLesson(page);
  const web = await webName(sandbox);
  expect(['shop-1', 'blog-1', 'news-1']).toContain(web);
  // The lesson hides the views and panels it does not need.
  await expect(page.getByRole('tab', { name: 'Compare & cost' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Orchestrator' })).toHaveCount(0);
  await expect(goals(page)).toHaveCount(2);
  await expect(goals(page).first()).toHaveAttribute('data-met', 'false');
  await expect(goals(page).first()).toContainText(`${web} and db-1 each run on a different host`);
  await expect(page.getByTestId('goals-percent')).toHaveText('50 % met');

  await sandbox.dragVm(web, 'esx-02');
  const outcome = page.getByTestId('lesson-outcome');
  for (let i = 0; i < 90 && !(await outcome.textContent())?.includes('complete'); i += 1)
    await sandbox.step(1);
  await expect(goals(page).first()).toHaveAttribute('data-met', 'true');
  await expect(goals(page).nth(1)).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('goals-percent')).toHaveText('100 % met');
  await expect(outcome).toHaveAttribute('aria-live', 'polite');
  await expect(outcome).toContainText('Lesson complete: every goal is met, in 1 step.');
  await expect(page.getByTestId('lesson-steps')).toContainText('Your steps: 1');

  // The autosave kept the sandbox's work, never the lesson's world.
  await page.waitForTimeout(600);
  const saved = await page.evaluate(() => localStorage.getItem('virtlab.autosave') ?? '');
  expect(saved).toContain('"web-1"');
  expect(saved).not.toContain(`"${web}"`);

  await page.reload();
  await expect(sandbox.host('esx-01')).toBeVisible();
  await openMenu(page);
  await expect(lessonMark(page)).toContainText('Done');
});

test('leaving a lesson brings back the sandbox as it was', async ({ page, sandbox }) => {
  await sandbox.dragVm('web-1', 'esx-02');
  await sandbox.step(40);
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
  await openFirstLesson(page);
  expect(await sandbox.hostOf(await webName(sandbox))).toBe('esx-01');
  await page.getByRole('button', { name: 'Free sandbox' }).first().click();
  await expect(page.getByRole('heading', { name: 'Goals' })).toHaveCount(0);
  expect(await sandbox.hostOf('web-1')).toBe('esx-02');
  await expect(page.getByRole('tab', { name: 'Compare & cost' })).toBeVisible();
});

test('hints are shown one at a time', async ({ page, sandbox }) => {
  await openFirstLesson(page);
  const web = await webName(sandbox);
  const hint = page.getByTestId('hint');
  await expect(hint).toHaveCount(0);
  await page.getByRole('button', { name: 'Show a hint' }).click();
  await expect(hint).toHaveText(
    'Hint 1 of 3: A VM is an object the hypervisor holds: it can live on another host.',
  );
  await page.getByRole('button', { name: 'Show the next hint' }).click();
  await expect(hint).toHaveCount(1);
  await expect(hint).toContainText(`Hint 2 of 3: Drag the card of ${web} out of esx-01`);
});

test('show solution plays it and marks the lesson "shown", not done', async ({ page, sandbox }) => {
  await openFirstLesson(page);
  const web = await webName(sandbox);
  await page.getByRole('button', { name: 'Show solution' }).click();
  await expect(page.getByTestId('lesson-outcome')).toContainText('You watched the solution');
  await expect(page.getByTestId('goals-percent')).toHaveText('100 % met', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Show solution' })).toBeEnabled();
  expect(await sandbox.hostOf(web)).toBe('esx-02');
  await expect(page.getByTestId('lesson-outcome')).not.toContainText('complete');
  await page.getByRole('button', { name: 'All lessons' }).click();
  await expect(lessonMark(page)).toContainText('Solution shown');
});

test('progress exports as a file and imports in a fresh browser; a bad file changes nothing', async ({
  page,
  sandbox,
  browser,
}) => {
  expect(await sandbox.vmCount()).toBeGreaterThan(0);
  await openFirstLesson(page);
  await page.getByRole('button', { name: 'Show solution' }).click();
  await page.getByRole('button', { name: 'All lessons' }).click();
  await expect(lessonMark(page)).toContainText('Solution shown');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await exported;
  expect(download.suggestedFilename()).toBe('virtlab-lesson-progress.json');
  const text = readFileSync(await download.path(), 'utf8');

  const fresh = await browser.newContext();
  const other = new Sandbox(await fresh.newPage());
  await other.open();
  await openMenu(other.page);
  await expect(lessonMark(other.page)).toContainText('Not started');
  const input = other.page.getByTestId('progress-input');
  await input.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.replace('"shown": true', '"shown": 1')),
  });
  await expect(other.notice()).toContainText(
    'edited.json was not loaded; your progress is unchanged.',
  );
  await expect(other.notice()).toContainText('"lessons" › "vm-is-an-object" › "shown"');
  await expect(lessonMark(other.page)).toContainText('Not started');
  await input.setInputFiles({
    name: 'virtlab-lesson-progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(other.notice()).toContainText('0 lessons done, 1 with the solution shown');
  await expect(lessonMark(other.page)).toContainText('Solution shown');
  await fresh.close();
});

test('#lesson=vm-is-an-object opens the lesson; an unknown one opens the sandbox with a message', async ({
  page,
}) => {
  const sandbox = new Sandbox(page);
  await sandbox.open('?scenario=default#lesson=vm-is-an-object');
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('Introduction, page 1 of 2')).toBeVisible();

  // A fresh load: a link differing only in its hash would not start the page again.
  await page.goto('about:blank');
  await sandbox.open('?scenario=default#lesson=no-such-lesson');
  await expect(sandbox.notice()).toContainText('There is no lesson "no-such-lesson"');
  await expect(page.getByRole('heading', { name: 'Goals' })).toHaveCount(0);
});

test('the player works from the keyboard alone', async ({ page, sandbox }) => {
  await expect(sandbox.host('esx-01')).toBeVisible();
  /** Presses Tab until the focus is on the control named `name` (or fails after 40 presses). */
  const tabTo = async (name: RegExp) => {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  await page.getByRole('button', { name: 'Lessons', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
  await tabTo(new RegExp(TITLE));
  await page.keyboard.press('Enter');
  // The lesson takes the focus from the menu button it replaced.
  await expect(page.getByRole('heading', { name: TITLE })).toBeFocused();
  await tabTo(/^Next page$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start the lesson' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Goals' })).toBeFocused();
  await tabTo(/^Show a hint$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hint')).toContainText('Hint 1 of 3');
  await tabTo(/^Show solution$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson-outcome')).toContainText('You watched the solution');
});

test('the player passes the axe scan, at 1280x720 and 1920x1080', async ({
  page,
  sandbox,
  axe,
  screens,
}) => {
  // Four axe scans of a full page take most of the default 30 s on two busy cores.
  test.setTimeout(120_000);
  await openMenu(page);
  await axe.expectNoViolations();
  await screens.save('lessons-menu-1280x720');
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await axe.expectNoViolations();
  await screens.save('lesson-intro-1280x720');
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await page.getByRole('button', { name: 'Show a hint' }).click();
  await page.getByRole('button', { name: 'Show the next hint' }).click();
  await axe.expectNoViolations();
  // The canvas, the goals and the current hint fit without scrolling.
  for (const part of [page.getByTestId('canvas'), goals(page).last(), page.getByTestId('hint')])
    await expect(part).toBeInViewport({ ratio: 1 });
  await screens.save('lesson-goals-1280x720');
  await sandbox.dragVm(await webName(sandbox), 'esx-02');
  await sandbox.step(40);
  await expect(page.getByTestId('lesson-outcome')).toContainText('Lesson complete');
  await axe.expectNoViolations();
  await screens.save('lesson-complete-1280x720');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screens.save('lesson-complete-1920x1080');
});

for (const id of ['layered-stack', 'vlans', 'ha-admission-control']) {
  test(`lesson ${id} shows the canvas, every goal and the last hint without scrolling`, async ({
    page,
    screens,
  }) => {
    await page.goto(`/#lesson=${id}`);
    // A one-page intro has only "Start the lesson"; a longer one offers to skip.
    await page
      .getByRole('button', { name: 'Skip the intro' })
      .or(page.getByRole('button', { name: 'Start the lesson' }))
      .click();
    await expect(page.getByRole('heading', { name: 'Goals' })).toBeVisible();
    await page.getByRole('button', { name: 'Show a hint' }).click();
    for (let i = 0; i < 2; i += 1)
      await page.getByRole('button', { name: 'Show the next hint' }).click();
    for (const part of [page.getByTestId('canvas'), page.getByTestId('hint')])
      await expect(part).toBeInViewport({ ratio: 1 });
    await screens.save(`lesson-${id}-1280x720`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screens.save(`lesson-${id}-1920x1080`);
  });
}

test('a #lesson= link followed while the page is open opens that lesson', async ({
  page,
  sandbox,
}) => {
  await expect(sandbox.host('esx-01')).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#lesson=vlans';
  });
  await expect(page.getByRole('heading', { name: 'VLANs keep VMs apart' })).toBeVisible();
});
