import { expect, test } from '@playwright/test';
import {
  apiWrite,
  beijingInput,
  choose,
  createFederation,
  keepScreenshot,
  openSection,
  phoneContext,
  press,
  residentId,
  signInAsAdmin,
} from './support.ts';

// Runs after the first-run journey on the same installation (see playwright.config.ts). The administrator
// coordinates and leads; the volunteer uses a phone whatever the project's viewport. People and places are invented.

const FEDERATION = '东门社区义工联';
const ACTIVITY = '东门社区长者义诊';
const VOLUNTEER = { username: 'chenxiaoyu', name: '陈晓雨', password: 'Dongmen2026ok' };
// The volunteer's phone reports a place in Wenling, near the activity.
const WENLING = { latitude: 28.3718, longitude: 121.386 };

test.describe.configure({ mode: 'serial' });

test('a coordinator plans shifts, a volunteer signs up and checks in by QR, the lead checks them out by their personal code and rates', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  let federationId = '';
  let volunteerId = '';
  let shiftId = '';
  const volunteerContext = await phoneContext(browser, baseURL as string, {
    geolocation: WENLING,
    permissions: ['geolocation'],
  });
  const phone = await volunteerContext.newPage();

  await test.step('the coordinator opens 活动 and finds it empty', async () => {
    await signInAsAdmin(page);
    federationId = await createFederation(page, FEDERATION);
    await openSection(page, /活动/);
    await expect(page).toHaveURL(/\/activities$/);
    await expect(page.getByRole('heading', { name: '活动' })).toBeVisible();
  });

  const startsAt = Math.ceil((Date.now() + 6 * 60_000) / 60_000) * 60_000;
  const endsAt = startsAt + 3 * 3_600_000;

  await test.step('the coordinator creates an activity of the federation', async () => {
    await press(page, page.getByRole('button', { name: '新建活动' }).first());
    const drawer = page.getByRole('dialog', { name: '新建活动' });
    await drawer.getByLabel('活动名称').fill(ACTIVITY);
    await drawer.getByLabel('活动内容').fill('为社区长者测量血压、血糖，讲解冬季保暖。');
    await choose(page, '主办组织', `${FEDERATION}（义工联）`);
    await drawer.getByLabel('开始时间').fill(beijingInput(startsAt));
    await drawer.getByLabel('结束时间').fill(beijingInput(endsAt));
    await drawer.getByLabel('地址').fill('温岭市太平街道东门社区服务中心');
    await drawer.getByLabel('服务对象').fill('社区长者');
    await keepScreenshot(page, testInfo, '20-activity-drawer');
    await press(page, drawer.getByRole('button', { name: '新建活动' }));
    await expect(page.getByText(`已创建活动“${ACTIVITY}”`)).toBeVisible();
    await expect(page.getByRole('heading', { name: ACTIVITY })).toBeVisible();
  });

  await test.step('the coordinator adds two shifts', async () => {
    for (const [role, capacity] of [
      ['签到引导', '2'],
      ['陪伴长者', '4'],
    ] as const) {
      await press(page, page.getByRole('button', { name: '新增岗位' }).first());
      const drawer = page.getByRole('dialog', { name: '新增岗位' });
      await drawer.getByLabel('岗位/任务').fill(role);
      await drawer.getByLabel('名额', { exact: true }).fill(capacity);
      await press(page, drawer.getByRole('button', { name: '新增岗位' }));
      await expect(page.getByText(`已新增岗位“${role}”`)).toBeVisible();
    }
    await expect(page.getByText('岗位（2）')).toBeVisible();
    await expect(page.getByText('已确认 0 / 名额 2')).toBeVisible();
    await keepScreenshot(page, testInfo, '21-activity-detail');
    const activityId = page.url().split('/').pop();
    const activity = await (await page.request.get(`/api/activities/${activityId}`)).json();
    shiftId = activity.shifts.find((shift: { role: string }) => shift.role === '签到引导').id;
  });

  await test.step('a volunteer registers on the federation page and is approved', async () => {
    // The public page's data hands out the CSRF cookie its form sends back.
    await phone.goto(`/join/${federationId}`);
    expect((await phone.request.get(`/api/public/volunteer-signup/${federationId}`)).ok()).toBe(true);
    const registered = await apiWrite<{ id: string }>(phone, 'POST', `/api/public/volunteer-signup/${federationId}`, {
      name: VOLUNTEER.name,
      gender: 'female',
      birthDate: '1994-03-12',
      idType: 'resident_id',
      idNumber: residentId('1994-03-12', '246'),
      phone: '13957601234',
      skills: ['elderly_care'],
      availability: [],
      username: VOLUNTEER.username,
      password: VOLUNTEER.password,
      consent: true,
    });
    volunteerId = registered.id;
    await apiWrite(page, 'POST', `/api/volunteers/${volunteerId}/status`, { status: 'active' });
  });

  await test.step('the volunteer signs up for a shift on the phone', async () => {
    await phone.goto('/');
    await press(phone, phone.getByRole('button', { name: '菜单' }));
    await press(phone, phone.getByRole('menuitem', { name: /我的志愿/ }));
    await expect(phone).toHaveURL(/\/me\/volunteer$/);
    await expect(phone.getByText('正式', { exact: true })).toBeVisible();
    await expect(phone.getByText(ACTIVITY).first()).toBeVisible();
    await keepScreenshot(phone, testInfo, '22-volunteer-open-shifts');
    await press(phone, phone.getByRole('button', { name: `报名 ${ACTIVITY} 签到引导` }));
    const sheet = phone.getByRole('dialog', { name: '确认报名' });
    await expect(sheet.getByText('签到引导')).toBeVisible();
    await keepScreenshot(phone, testInfo, '23-volunteer-signup-sheet');
    await press(phone, sheet.getByRole('button', { name: '确认报名' }));
    await expect(phone.getByText('已报名', { exact: true }).first()).toBeVisible();
    await press(phone, phone.getByRole('button', { name: '好的' }));
    await press(phone, phone.getByText('我的报名', { exact: true }));
    await expect(phone.getByText('已确认', { exact: true })).toBeVisible();
    await expect(phone.getByRole('button', { name: '取消报名' })).toBeVisible();
    await keepScreenshot(phone, testInfo, '24-volunteer-my-signups');
  });

  await test.step('the lead sees the volunteer on the roster and shows the check-in code', async () => {
    await page.goto(`/shifts/${shiftId}/roster`);
    await expect(page.getByText(VOLUNTEER.name)).toBeVisible();
    await expect(page.getByText('已确认', { exact: true }).first()).toBeVisible();
    await keepScreenshot(page, testInfo, '25-roster-confirmed');
    await press(page, page.getByRole('button', { name: '显示签到码' }));
    await expect(page).toHaveURL(/\/checkin-screen$/);
    await expect(page.getByRole('img', { name: '签到二维码' })).toBeVisible();
    await expect(page.getByText('请用手机扫码签到/签退')).toBeVisible();
    await keepScreenshot(page, testInfo, '26-checkin-screen');
  });

  /** What the phone camera would open: the address the lead's QR code encodes right now. */
  const scannedPath = async () => (await (await page.request.get(`/api/shifts/${shiftId}/checkin-code`)).json()).path;

  await test.step('the volunteer opens the QR address and checks in', async () => {
    await phone.goto(await scannedPath());
    await expect(phone.getByText('签到引导')).toBeVisible();
    await keepScreenshot(phone, testInfo, '27-checkin-page');
    await press(phone, phone.getByRole('button', { name: '签到' }));
    await expect(phone.getByRole('heading', { name: '签到成功' })).toBeVisible();
    await keepScreenshot(phone, testInfo, '28-checked-in');
    // The lead's screen counts the arrival within a few seconds.
    await expect(page.getByLabel('已签到 1 / 已确认 1')).toBeVisible({ timeout: 15_000 });
  });

  // Checking out by the rotating code is the longer journey's (volunteer-journey.spec.ts); here, the fallback.
  await test.step("later, the lead scans the volunteer's personal code and checks them out", async () => {
    await phone.goto('/me/volunteer');
    await expect(phone.getByText('我的志愿者码')).toBeVisible();
    // What the lead's phone camera would open: the address the volunteer's personal code encodes.
    const cards = await (await phone.request.get('/api/me/volunteer-cards')).json();
    await page.goto(`/card/${cards.items[0].token}`);
    await expect(page.getByRole('heading', { name: VOLUNTEER.name })).toBeVisible();
    await expect(page.getByText('已签到', { exact: true })).toBeVisible();
    await press(page, page.getByRole('button', { name: '签退' }));
    await expect(page.getByText(new RegExp(`${VOLUNTEER.name} 已于 \\d{2}:\\d{2} 签退`))).toBeVisible();
    await keepScreenshot(page, testInfo, '29-card-checked-out');
  });

  await test.step('the lead sees 已完成 on the roster and rates the volunteer', async () => {
    await page.goto(`/shifts/${shiftId}/roster`);
    await expect(page.getByText('已完成', { exact: true }).first()).toBeVisible();
    await press(page, page.getByRole('button', { name: '评价', exact: true }));
    const dialog = page.getByRole('dialog', { name: `评价 ${VOLUNTEER.name}` });
    await dialog.getByLabel('评语').fill('耐心细致，长者很满意');
    await press(page, dialog.getByRole('button', { name: '保存' }));
    await expect(page.getByText(`已保存对 ${VOLUNTEER.name} 的评价`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('耐心细致，长者很满意')).toBeVisible();
    await keepScreenshot(page, testInfo, '30-roster-rated');
  });

  await test.step('the activity list shows the activity with its seats', async () => {
    await page.goto('/activities');
    await expect(page.getByText(ACTIVITY).first()).toBeVisible();
    await expect(page.getByText('2 个岗位 · 已确认 1/6')).toBeVisible();
    await keepScreenshot(page, testInfo, '31-activity-list');
  });

  await volunteerContext.close();
});
