import {
  type Browser,
  type BrowserContextOptions,
  expect,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

/** Invented people for the journeys: never real names or numbers. */
export const ADMIN = { username: 'zhangwei', name: '张伟', password: 'Sunshine2026ok' };
export const ROOT_ORGANIZATION = '阳光社会工作服务中心';

export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

/** Keeps a full-page screenshot as a test artifact (test-results/e2e/…/NAME.png) and attaches it to the report. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.waitForLoadState('networkidle');
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Presses a control as a person would on this device: a tap on a phone, a click elsewhere. */
export async function press(page: Page, locator: Locator, options: { timeout?: number } = {}) {
  if (isPhone(page)) await locator.tap(options);
  else await locator.click(options);
}

/** Opens a section from the side menu, or from the drawer behind the menu button on a phone. */
export async function openSection(page: Page, label: string | RegExp) {
  if (isPhone(page)) await press(page, page.getByRole('button', { name: /菜单|Menu/ }));
  await press(page, page.getByRole('menuitem', { name: label }));
  if (isPhone(page)) await expect(page.getByRole('menuitem', { name: label })).toBeHidden();
}

/** Picks an option of an antd Select or TreeSelect found by its form label. */
export async function choose(page: Page, label: string, option: string) {
  const field = page.getByLabel(label, { exact: true });
  const select = page.locator('.ant-select').filter({ has: field });
  // A chosen option shows in the field, in full or shortened (an organization without its kind).
  const shown = async () => {
    const text = (await select.innerText()).trim();
    return text !== '' && (text.includes(option) || option.includes(text));
  };
  // On a busy machine a click on an option of a list still opening was seen to be lost, leaving the field empty: try
  // again until the field shows the option, opening the list only when it is closed (a click on the field toggles).
  await expect(async () => {
    if (await shown()) return;
    if ((await field.getAttribute('aria-expanded')) !== 'true') await field.click();
    const dropdown = page.locator('.ant-select-dropdown:visible');
    const item = dropdown.getByTitle(option, { exact: true }).first();
    await scrollIntoList(dropdown, item);
    await item.click({ timeout: 10_000 });
    await expect.poll(shown, { timeout: 5000 }).toBe(true);
  }).toPass({ timeout: 60_000 });
}

/**
 * antd draws a long list of options virtually, only those in view, and a list opened again was seen scrolled past
 * its first options: scrolls the list from the top, half a view at a time, until the option is drawn.
 */
async function scrollIntoList(dropdown: Locator, item: Locator) {
  const holder = dropdown.locator('[class*="list-holder"]').first();
  if ((await holder.count()) === 0) return;
  await holder.evaluate((list) => {
    list.scrollTop = 0;
  });
  for (let step = 0; step < 40; step++) {
    // The list draws what scrolled into view on its next render: a moment to appear.
    if (
      await item.waitFor({ state: 'visible', timeout: 300 }).then(
        () => true,
        () => false,
      )
    )
      return;
    const atEnd = await holder.evaluate((list) => {
      const before = list.scrollTop;
      list.scrollTop += list.clientHeight / 2;
      return list.scrollTop === before;
    });
    if (atEnd) return;
  }
}

export async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The administrator of the first-run journey signs in and lands on the home page. */
export async function signInAsAdmin(page: Page) {
  await page.goto('/login');
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('button', { name: `账号: ${ADMIN.name}` })).toBeVisible();
}

/** A 义工联 under the first-run organization, made through the API (an organization form is first-run's journey). */
export async function createFederation(page: Page, name: string): Promise<string> {
  const tree = await (await page.request.get('/api/organizations/tree')).json();
  const rootId = tree.items.find((node: { name: string }) => node.name === ROOT_ORGANIZATION).id;
  const federation = await apiWrite<{ id: string }>(page, 'POST', '/api/organizations', {
    name,
    kind: 'volunteer_federation',
    parentId: rootId,
  });
  return federation.id;
}

export async function signOut(page: Page, menuItem: RegExp = /退出登录/) {
  const item = page.getByRole('menuitem', { name: menuItem });
  // On a busy machine a click on the menu while it was still opening was seen to be lost, leaving the user signed
  // in: open the menu (unless it is open) and choose again until the sign-in page shows.
  await expect(async () => {
    if (/\/login/.test(page.url())) return;
    if (!(await item.isVisible()))
      await press(page, page.getByRole('button', { name: /账号|Account/ }), { timeout: 10_000 });
    await press(page, item, { timeout: 10_000 });
    await expect(page).toHaveURL(/\/login/, { timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
}

/** A phone-size browser context in zh-CN and Beijing time: a volunteer's (or a passer-by's) own phone. */
export const phoneContext = (browser: Browser, baseURL: string, options: BrowserContextOptions = {}) =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  });

/** A JSON write through the page's own session, with the CSRF header the web app would send. */
export async function apiWrite<T>(page: Page, method: 'POST' | 'PUT', path: string, data: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'ld_csrf')?.value ?? '';
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'x-csrf-token': decodeURIComponent(csrf) },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A valid-looking, invented resident ID: region 331081, the birth date, and the ISO 7064 MOD 11-2 check character. */
export function residentId(birthDate: string, sequence: string): string {
  const first17 = `331081${birthDate.replaceAll('-', '')}${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (weights[index] as number), 0);
  return first17 + ('10X98765432'[sum % 11] as string);
}

/** Today in Beijing, "YYYY-MM-DD". */
export const todayInBeijing = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** "YYYY-MM-DDTHH:mm" in Beijing time, as a datetime-local input takes it. */
export function beijingInput(ms: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
