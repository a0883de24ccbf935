import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  apiWrite,
  createFederation,
  keepScreenshot,
  openSection,
  phoneContext,
  press,
  residentId,
  signIn,
  signInAsAdmin,
  todayInBeijing,
} from './support.ts';

// Runs after the first-run journey on the same installation (see playwright.config.ts). The administrator
// coordinates at the project's viewport; the volunteer uses a phone; the verifier is anyone, signed in or not.
// People, places and ID numbers are invented.

const FEDERATION = '松门镇义工联合会';
const TEAM = '松门镇助残服务队';
const VOLUNTEER = { username: 'wangjingyi', name: '王静怡', password: 'Songmen2026ok', phone: '13906661234' };
/** Hundredths of an hour as the pages print them: 325 → "3.25", 200 → "2". */
const hoursText = (hundredths: number) => String(hundredths / 100);

test('the coordinator approves hours in bulk, the volunteer downloads a certificate, anyone verifies it, the statistics count it', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(150_000);
  // The hours are recorded for today so no period in this journey misses them.
  const today = todayInBeijing();
  let federationId = '';
  let totalHundredths = 0;

  await test.step('an active volunteer with two pending coordinator records is set up (API shortcut)', async () => {
    await signInAsAdmin(page);
    federationId = await createFederation(page, FEDERATION);
    const team = await apiWrite<{ id: string }>(page, 'POST', '/api/organizations', {
      name: TEAM,
      kind: 'volunteer_team',
      parentId: federationId,
    });
    const volunteer = await apiWrite<{ id: string }>(page, 'POST', '/api/volunteers', {
      homeOrganizationId: team.id,
      name: VOLUNTEER.name,
      gender: 'female',
      birthDate: '1994-03-18',
      idType: 'resident_id',
      idNumber: residentId('1994-03-18', '226'),
      phone: VOLUNTEER.phone,
      status: 'active',
      account: { username: VOLUNTEER.username, password: VOLUNTEER.password },
    });
    for (const [rawMinutes, content] of [
      [193, '陪同残障人士到社区康复站做康复训练'],
      [120, '为助残服务队整理辅具借用登记'],
    ] as const) {
      const entry = await apiWrite<{ creditedHundredths: number; status: string }>(page, 'POST', '/api/service-hours', {
        volunteerId: volunteer.id,
        serviceDate: today,
        rawMinutes,
        content,
      });
      expect(entry.status).toBe('pending');
      totalHundredths += entry.creditedHundredths;
    }
    expect(totalHundredths).toBeGreaterThan(0);
  });

  await test.step('the coordinator opens 时长审核 (待审核 by default) and narrows it to the federation', async () => {
    await openSection(page, /时长审核/);
    await expect(page.getByRole('heading', { name: '时长审核', level: 3 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '审核状态' })).toBeVisible();
    await page.getByLabel('组织', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(`${FEDERATION}（义工联）`).click();
    await expect(page.getByText(`2 条，合计 ${hoursText(totalHundredths)} 小时`)).toBeVisible();
    // Raw minutes as a coordinator reads them.
    await expect(page.getByText('3 小时 13 分').first()).toBeVisible();
    await keepScreenshot(page, testInfo, '40-hours-workbench');
  });

  await test.step('both entries are ticked and approved in bulk after a confirmation', async () => {
    const ticks = page.getByRole('checkbox', { name: `选择 ${VOLUNTEER.name} ${today} 的时长` });
    await expect(ticks).toHaveCount(2);
    await press(page, ticks.nth(0));
    await press(page, ticks.nth(1));
    await expect(page.getByText(`已选 2 条，合计 ${hoursText(totalHundredths)} 小时`)).toBeVisible();
    await press(page, page.getByRole('button', { name: '批量通过' }));
    const dialog = page.getByRole('dialog', { name: '通过 2 条时长记录？' });
    await expect(dialog).toBeVisible();
    await keepScreenshot(page, testInfo, '41-bulk-approve-confirm');
    await press(page, dialog.getByRole('button', { name: '批量通过' }));
    await expect(page.getByText('已通过 2 条时长记录')).toBeVisible();
    await expect(page.getByText('没有符合条件的记录')).toBeVisible();
  });

  const volunteerContext = await phoneContext(browser, baseURL as string);
  const phone = await volunteerContext.newPage();
  let verifyToken = '';

  await test.step('the volunteer sees the approved hours on a phone', async () => {
    await phone.goto('/login?next=/me/hours');
    await signIn(phone, VOLUNTEER.username, VOLUNTEER.password);
    await expect(phone).toHaveURL(/\/me\/hours$/);
    await expect(phone.getByRole('heading', { name: '我的服务时长' })).toBeVisible();
    await expect(phone.getByText('原始 3 小时 13 分')).toBeVisible();
    await expect(phone.getByText('已认定', { exact: true }).first()).toBeVisible();
    // The big total counts both approved entries.
    await expect(phone.locator('.ant-statistic').first()).toContainText(hoursText(totalHundredths));
    await keepScreenshot(phone, testInfo, '42-my-hours-phone');
  });

  await test.step('the volunteer asks for a certificate and downloads its PDF', async () => {
    await phone.getByRole('button', { name: '申请证明' }).tap();
    await expect(phone.getByText(/证明已生成，编号/)).toBeVisible();
    await expect(phone.getByText('有效', { exact: true })).toBeVisible();
    const downloading = phone.waitForEvent('download');
    await phone.getByRole('button', { name: '下载 PDF' }).tap();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await keepScreenshot(phone, testInfo, '43-my-certificate-phone');
    const certificates = await (await phone.request.get('/api/me/certificates')).json();
    verifyToken = certificates.items[0].verifyToken;
    expect(verifyToken).toBeTruthy();
  });
  await volunteerContext.close();

  await test.step('anyone opens the verification page without signing in: 有效, name masked', async () => {
    const stranger = await phoneContext(browser, baseURL as string);
    const verify = await stranger.newPage();
    await verify.goto(`/verify/${verifyToken}`);
    await expect(verify.getByRole('heading', { name: '有效' })).toBeVisible();
    await expect(verify.getByText(`${hoursText(totalHundredths)} 小时`)).toBeVisible();
    await expect(verify.getByText(FEDERATION)).toBeVisible();
    await expect(verify.getByText(VOLUNTEER.name)).toBeHidden();
    await keepScreenshot(verify, testInfo, '44-verify-valid');
    await verify.goto('/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect(verify.getByRole('heading', { name: '证明不存在' })).toBeVisible();
    await stranger.close();
  });

  await test.step('the statistics of the federation show the approved hours', async () => {
    await openSection(page, /志愿服务统计/);
    await expect(page.getByRole('heading', { name: '志愿服务统计', level: 3 })).toBeVisible();
    await page.getByLabel('统计组织').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(`${FEDERATION}（义工联）`).click();
    await expect(page).toHaveURL(new RegExp(`org=${federationId}`));
    await expect(page.locator('[data-kpi="approved"]')).toContainText(hoursText(totalHundredths));
    await expect(page.locator('[data-kpi="registered"]')).toContainText('1');
    await expect(page.locator('[data-kpi="active"]')).toContainText('1');
    await expect(page.locator('canvas').first()).toBeVisible();
    await keepScreenshot(page, testInfo, '45-volunteer-stats');
  });
});
