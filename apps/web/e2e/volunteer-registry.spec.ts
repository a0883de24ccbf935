import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { ADMIN, choose, isPhone, keepScreenshot, openSection, press, ROOT_ORGANIZATION, signIn } from './support.ts';

const FEDERATION = '箬横镇义工联合会';
const TEAM = '东浦村夕阳红服务队';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A resident ID number with its ISO 7064 MOD 11-2 check character (invented region 331081). */
function residentId(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

// An invented volunteer: born 1996-08-15, a woman (even 17th digit).
const FIRST17 = '33108119960815124';
const VOLUNTEER = {
  name: '周晓梅',
  idNumber: residentId(FIRST17),
  birthDate: '1996-08-15',
  phone: '13805761234',
  username: 'zhouxm',
  password: 'Kindness2026go',
};
const WRONG_ID = FIRST17 + (VOLUNTEER.idNumber.endsWith('1') ? '2' : '1');

/** Writes through the API as the signed-in page does, CSRF header included: a shortcut past screens tested elsewhere. */
async function apiPost<T>(context: BrowserContext, path: string, data: unknown): Promise<T> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'ld_csrf')?.value ?? '';
  const response = await context.request.post(path, { data, headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

// Runs after the first-run journey on the same installation (see playwright.config.ts), as its administrator.
test('a coordinator recruits by QR code, a volunteer registers on a phone, the coordinator reveals and approves', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/login');
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('button', { name: `账号: ${ADMIN.name}` })).toBeVisible();

  await test.step('a 义工联 with a team is set up (API shortcut)', async () => {
    const session = await (await page.context().request.get('/api/auth/session')).json();
    const root = session.memberships.find(
      (m: { organizationName: string }) => m.organizationName === ROOT_ORGANIZATION,
    );
    const federation = await apiPost<{ id: string }>(page.context(), '/api/organizations', {
      name: FEDERATION,
      kind: 'volunteer_federation',
      parentId: root?.organizationId ?? session.actingOrganizationId,
    });
    await apiPost(page.context(), '/api/organizations', {
      name: TEAM,
      kind: 'volunteer_team',
      parentId: federation.id,
    });
  });

  let joinLink = '';
  await test.step('the recruitment QR code of the team is shown with its link', async () => {
    await openSection(page, /志愿者/);
    await expect(page.getByRole('heading', { name: '志愿者', level: 3 })).toBeVisible();
    await press(page, page.getByRole('button', { name: '招募二维码' }));
    const dialog = page.getByRole('dialog', { name: '招募二维码' });
    // The organization tree grows with every journey run before this one: choose scrolls the list to the team.
    await choose(page, '登记到', `${TEAM}（服务队）`);
    await expect(dialog.locator('strong', { hasText: TEAM })).toBeVisible();
    await expect(dialog.getByRole('img', { name: '志愿者登记二维码' })).toBeVisible();
    joinLink = (await dialog.locator('code').textContent()) ?? '';
    expect(joinLink).toMatch(/\/join\/[0-9a-f-]{36}$/);
    await keepScreenshot(page, testInfo, '20-recruitment-qr');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('a person registers on a phone through the link', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const signup = await phone.newPage();
    await signup.goto(joinLink);
    await expect(signup.getByRole('heading', { name: '登记成为志愿者' })).toBeVisible();
    await expect(signup.getByText(TEAM)).toBeVisible();
    await expect(signup.getByText(`属于 ${FEDERATION}`)).toBeVisible();
    await expect(signup.getByText(/《志愿服务条例》第二十条/)).toBeVisible();
    await fillSignup(signup);
    await signup.getByRole('button', { name: '提交登记' }).tap();
    await expect(signup.getByText('登记成功，您现在是预备志愿者，协调员审核通过后即可报名活动')).toBeVisible();
    await expect(signup.getByRole('link', { name: '我的志愿' })).toBeVisible();
    await keepScreenshot(signup, testInfo, '22-signup-done');
    await phone.close();
  });

  await test.step('the coordinator finds the new volunteer as 预备 and opens the profile', async () => {
    await page.reload();
    await page.getByLabel('搜索志愿者').fill('zxm');
    await page.getByLabel('搜索志愿者').press('Enter');
    const link = page.getByRole('link', { name: VOLUNTEER.name });
    await expect(link).toBeVisible();
    // A table row on a wide screen, a card (the link itself) on a phone.
    const entry = isPhone(page) ? link : page.getByRole('row', { name: new RegExp(VOLUNTEER.name) });
    await expect(entry).toContainText('预备');
    await keepScreenshot(page, testInfo, '23-volunteer-list');
    await press(page, link);
    await expect(page.getByRole('heading', { name: VOLUNTEER.name })).toBeVisible();
    await expect(page.getByText('138****1234')).toBeVisible();
  });

  await test.step('revealing the phone number shows it for a while and is audited', async () => {
    await press(page, page.getByRole('button', { name: '显示手机号码' }));
    await expect(page.getByText(VOLUNTEER.phone, { exact: true })).toBeVisible();
    await expect(page.getByText(/秒后隐藏/)).toBeVisible();
    const volunteerId = page.url().split('/').pop()?.split('?')[0] ?? '';
    const audit = await page.context().request.get('/api/audit-events', {
      params: { action: 'volunteers.reveal', entityId: volunteerId },
    });
    expect((await audit.json()).total).toBeGreaterThanOrEqual(1);
  });

  await test.step('the coordinator approves: the volunteer becomes 正式', async () => {
    await press(page, page.getByRole('button', { name: '通过审核' }));
    const dialog = page.getByRole('dialog', { name: `通过 ${VOLUNTEER.name} 的审核？` });
    await press(page, dialog.getByRole('button', { name: '通过审核' }));
    await expect(page.getByText('已通过审核')).toBeVisible();
    await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
    await expect(page.getByText('正式', { exact: true }).first()).toBeVisible();
    await keepScreenshot(page, testInfo, '24-volunteer-approved');
  });
});

/** The sign-up form as a person fills it on a phone; a mistyped ID check character is caught first. */
async function fillSignup(signup: Page) {
  await signup.getByLabel('姓名').fill(VOLUNTEER.name);
  await signup.getByLabel('证件号码').fill(WRONG_ID);
  await signup.getByLabel('手机号码').focus();
  await expect(signup.getByText('身份证校验位不正确，请逐位核对')).toBeVisible();
  await keepScreenshot(signup, test.info(), '21-signup-wrong-check-character');

  await signup.getByLabel('证件号码').fill(VOLUNTEER.idNumber);
  await signup.getByLabel('手机号码').focus();
  await expect(signup.getByText('身份证校验位不正确，请逐位核对')).toBeHidden();
  // Birth date and gender come from the ID number.
  await expect(signup.getByLabel('出生日期')).toHaveValue(VOLUNTEER.birthDate);
  await expect(signup.getByRole('radio', { name: '女' })).toBeChecked();
  await signup.getByLabel('手机号码').fill(VOLUNTEER.phone);
  await signup.getByText('长者照护').tap();
  await signup.getByLabel('用户名').fill(VOLUNTEER.username);
  await signup.getByLabel('密码', { exact: true }).fill(VOLUNTEER.password);
  await signup.getByLabel('确认密码').fill(VOLUNTEER.password);
  await signup.getByText('我已阅读并同意以上说明').tap();
}
