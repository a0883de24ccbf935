import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

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
export async function press(page: Page, locator: Locator) {
  if (isPhone(page)) await locator.tap();
  else await locator.click();
}

/** Opens a section from the side menu, or from the drawer behind the menu button on a phone. */
export async function openSection(page: Page, label: string | RegExp) {
  if (isPhone(page)) await press(page, page.getByRole('button', { name: /菜单|Menu/ }));
  await press(page, page.getByRole('menuitem', { name: label }));
  if (isPhone(page)) await expect(page.getByRole('menuitem', { name: label })).toBeHidden();
}

/** Picks an option of an antd Select or TreeSelect found by its form label. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).first().click();
}

export async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

export async function signOut(page: Page, menuItem: RegExp = /退出登录/) {
  await press(page, page.getByRole('button', { name: /账号|Account/ }));
  await press(page, page.getByRole('menuitem', { name: menuItem }));
  await expect(page).toHaveURL(/\/login/);
}
