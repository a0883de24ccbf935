import fs from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
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
  todayInBeijing,
} from './support.ts';

// One volunteer's whole first service, end to end through the screens: the coordinator (who also leads the shift)
// works at the project's viewport; the volunteer always on a phone; the verifier on a phone of their own, signed
// out. Runs after the first-run journey on the same installation (see playwright.config.ts). People, places and ID
// numbers are invented and differ from the other journeys', which share the installation.

const FEDERATION = '石塘镇义工联合会';
const TEAM = '石塘镇海滨守护队';
const ACTIVITY = '石塘镇海滩净滩行动';
const SHIFT = '垃圾分拣';
const OTHER_SHIFT = '海滩巡查';
const VOLUNTEER = {
  name: '林雨桐',
  // What the public verification page shows: the surname, the rest masked.
  maskedName: '林**',
  birthDate: '1998-05-21',
  idNumber: residentId('1998-05-21', '128'),
  phone: '13867651234',
  username: 'linyutong',
  password: 'Shitang2026ok',
};
const EVALUATION = '分拣认真，还主动提醒游客把垃圾带走';
// The volunteer's phone reports a place on the Shitang beach.
const SHITANG = { latitude: 28.2572, longitude: 121.6081 };

/**
 * 胶州's rule "不满一小时按一小时计": every started hour credits one hour, with no minimum share of the shift. The
 * journey cannot wait hours between check-in and check-out; under this rule a check-out one minute after check-in
 * honestly credits exactly one hour, so every later page can be held to that figure.
 */
const ANY_STARTED_HOUR = { kind: 'bands', unitMinutes: 60, bands: [{ upToMinutes: 60, credit: 1 }] };
const HOURS = '1';

/** Picks an organization in a searchable tree select: typing narrows a tree that other journeys have grown. */
async function pickOrganization(page: Page, field: Locator, name: string, title: string) {
  await field.click();
  await field.fill(name);
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
}

/** Waits for the charts' grow-in animation to end (two screenshots alike), so the kept screenshot shows the figures. */
async function chartsSettled(page: Page) {
  const charts = page.getByRole('main');
  let previous: Buffer = Buffer.alloc(0);
  await expect
    .poll(
      async () => {
        const shot = await charts.screenshot();
        const settled = shot.equals(previous);
        previous = shot;
        return settled;
      },
      { intervals: [400] },
    )
    .toBe(true);
}

/** A full-page screenshot taken while scrolled down draws the fixed header mid-page; start from the top. */
const scrollToTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

test('a volunteer registers, signs up, checks in and out by QR, gets hours approved, a certificate verified and counted', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // Check-out comes a minute after check-in (hours are counted in whole minutes), on top of some 40 screens; it took
  // three minutes with the other journeys running beside it on two cores, so the limit leaves room for a busier run.
  test.setTimeout(420_000);
  const today = todayInBeijing();
  let federationId = '';

  await test.step('the coordinator signs in; the federation and its rounding rule exist (API shortcut)', async () => {
    await signInAsAdmin(page);
    // Shortcut: the story starts from a federation that already exists (creating organizations is first-run's
    // journey) and has chosen how it rounds hours (a settings screen of its own, not part of this story).
    federationId = await createFederation(page, FEDERATION);
    const settingsPath = `/api/volunteer-registries/${federationId}/settings`;
    const { settings } = await (await page.request.get(settingsPath)).json();
    await apiWrite(page, 'PUT', settingsPath, { ...settings, roundingRule: ANY_STARTED_HOUR });
  });

  await test.step('the coordinator creates a team under the federation', async () => {
    await openSection(page, /组织/);
    await press(page, page.getByRole('button', { name: '新建组织' }).first());
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('名称', { exact: true }).fill(TEAM);
    await choose(page, '类型', '服务队');
    await pickOrganization(page, page.getByLabel('上级组织', { exact: true }), FEDERATION, FEDERATION);
    await press(page, drawer.getByRole('button', { name: '新建' }));
    await expect(page.getByText(`已创建组织“${TEAM}”`)).toBeVisible();
    await expect(page.getByRole('heading', { name: TEAM })).toBeVisible();
  });

  // Within the hour before the start, when check-in is open (the registry's default window).
  const startsAt = Math.ceil((Date.now() + 10 * 60_000) / 60_000) * 60_000;

  await test.step('the coordinator creates an activity of the team with two shifts', async () => {
    await openSection(page, /活动/);
    await press(page, page.getByRole('button', { name: '新建活动' }).first());
    const drawer = page.getByRole('dialog', { name: '新建活动' });
    await drawer.getByLabel('活动名称').fill(ACTIVITY);
    await drawer.getByLabel('活动内容').fill('清理石塘镇海滩的塑料垃圾和渔网碎片，向游客宣传海洋环保。');
    await pickOrganization(page, drawer.getByLabel('主办组织', { exact: true }), TEAM, `${TEAM}（服务队）`);
    await drawer.getByLabel('开始时间').fill(beijingInput(startsAt));
    await drawer.getByLabel('结束时间').fill(beijingInput(startsAt + 3 * 3_600_000));
    await drawer.getByLabel('地址').fill('温岭市石塘镇千年曙光园海滩');
    await drawer.getByLabel('服务对象').fill('游客和沿海居民');
    await press(page, drawer.getByRole('button', { name: '新建活动' }));
    await expect(page.getByText(`已创建活动“${ACTIVITY}”`)).toBeVisible();
    await expect(page.getByRole('heading', { name: ACTIVITY })).toBeVisible();
    for (const [role, capacity] of [
      [SHIFT, '3'],
      [OTHER_SHIFT, '2'],
    ] as const) {
      await press(page, page.getByRole('button', { name: '新增岗位' }).first());
      const shiftDrawer = page.getByRole('dialog', { name: '新增岗位' });
      await shiftDrawer.getByLabel('岗位/任务').fill(role);
      await shiftDrawer.getByLabel('名额', { exact: true }).fill(capacity);
      await press(page, shiftDrawer.getByRole('button', { name: '新增岗位' }));
      await expect(page.getByText(`已新增岗位“${role}”`)).toBeVisible();
    }
    await expect(page.getByText('岗位（2）')).toBeVisible();
  });

  let joinLink = '';
  await test.step('the coordinator shows the team’s recruitment QR code', async () => {
    await openSection(page, /志愿者/);
    await press(page, page.getByRole('button', { name: '招募二维码' }));
    const dialog = page.getByRole('dialog', { name: '招募二维码' });
    await pickOrganization(page, dialog.getByLabel('登记到'), TEAM, `${TEAM}（服务队）`);
    await expect(dialog.getByRole('img', { name: '志愿者登记二维码' })).toBeVisible();
    joinLink = (await dialog.locator('code').textContent()) ?? '';
    expect(joinLink).toMatch(/\/join\/[0-9a-f-]{36}$/);
    await press(page, dialog.getByRole('button', { name: '关闭' }));
    await expect(dialog).toBeHidden();
  });

  const volunteerContext = await phoneContext(browser, baseURL as string, {
    geolocation: SHITANG,
    permissions: ['geolocation'],
  });
  const phone = await volunteerContext.newPage();

  await test.step('the volunteer registers herself on her phone through the link', async () => {
    await phone.goto(joinLink);
    await expect(phone.getByRole('heading', { name: '登记成为志愿者' })).toBeVisible();
    await expect(phone.getByText(TEAM)).toBeVisible();
    await phone.getByLabel('姓名').fill(VOLUNTEER.name);
    await phone.getByLabel('证件号码').fill(VOLUNTEER.idNumber);
    await phone.getByLabel('手机号码').fill(VOLUNTEER.phone);
    // Birth date and gender come from the ID number.
    await expect(phone.getByLabel('出生日期')).toHaveValue(VOLUNTEER.birthDate);
    await expect(phone.getByRole('radio', { name: '女' })).toBeChecked();
    await phone.getByText('活动协助').tap();
    await phone.getByLabel('用户名').fill(VOLUNTEER.username);
    await phone.getByLabel('密码', { exact: true }).fill(VOLUNTEER.password);
    await phone.getByLabel('确认密码').fill(VOLUNTEER.password);
    await phone.getByText('我已阅读并同意以上说明').tap();
    await keepScreenshot(phone, testInfo, '60-phone-signup');
    await phone.getByRole('button', { name: '提交登记' }).tap();
    await expect(phone.getByText('登记成功，您现在是预备志愿者，协调员审核通过后即可报名活动')).toBeVisible();
  });

  await test.step('the coordinator finds her as 预备 and approves her', async () => {
    await page.reload();
    await page.getByLabel('搜索志愿者').fill(VOLUNTEER.name);
    await page.getByLabel('搜索志愿者').press('Enter');
    await press(page, page.getByRole('link', { name: VOLUNTEER.name }));
    await expect(page.getByRole('heading', { name: VOLUNTEER.name })).toBeVisible();
    await expect(page.getByText('预备', { exact: true }).first()).toBeVisible();
    await press(page, page.getByRole('button', { name: '通过审核' }));
    const dialog = page.getByRole('dialog', { name: `通过 ${VOLUNTEER.name} 的审核？` });
    await press(page, dialog.getByRole('button', { name: '通过审核' }));
    await expect(page.getByText('已通过审核')).toBeVisible();
    await expect(page.getByText('正式', { exact: true }).first()).toBeVisible();
  });

  await test.step('the volunteer sees both shifts on her phone and signs up for one', async () => {
    await phone.getByRole('link', { name: '我的志愿' }).tap();
    await expect(phone).toHaveURL(/\/me\/volunteer$/);
    await expect(phone.getByText('正式', { exact: true })).toBeVisible();
    await expect(phone.getByRole('button', { name: `报名 ${ACTIVITY} ${OTHER_SHIFT}` })).toBeVisible();
    await phone.getByRole('button', { name: `报名 ${ACTIVITY} ${SHIFT}` }).tap();
    const sheet = phone.getByRole('dialog', { name: '确认报名' });
    await expect(sheet.getByText(SHIFT)).toBeVisible();
    await sheet.getByRole('button', { name: '确认报名' }).tap();
    await expect(phone.getByText('已报名', { exact: true }).first()).toBeVisible();
    await phone.getByRole('button', { name: '好的' }).tap();
  });

  const qrCode = page.getByRole('img', { name: '签到二维码' });
  /** What the volunteer's camera would open: the address the lead's QR code encodes right now. */
  const scannedUrl = async () => {
    const url = (await qrCode.getAttribute('data-checkin-url')) ?? '';
    expect(url).toMatch(/\/checkin\/[^/]+$/);
    return url;
  };

  await test.step('the lead opens the shift’s roster and shows the check-in QR code', async () => {
    await openSection(page, /活动/);
    await page.getByLabel('搜索活动名称').fill(ACTIVITY);
    await page.getByLabel('搜索活动名称').press('Enter');
    await press(page, page.getByRole('link', { name: ACTIVITY }).first());
    await expect(page.getByRole('heading', { name: ACTIVITY })).toBeVisible();
    // The innermost block holding both the shift's name and a roster button is that shift's row.
    const shiftRow = page
      .locator('div')
      .filter({ has: page.getByText(SHIFT, { exact: true }) })
      .filter({ has: page.getByRole('button', { name: '名单' }) })
      .last();
    await expect(shiftRow).toContainText('已确认 1 / 名额 3');
    await press(page, shiftRow.getByRole('button', { name: '名单' }));
    await expect(page.getByText(VOLUNTEER.name)).toBeVisible();
    await press(page, page.getByRole('button', { name: '显示签到码' }));
    await expect(page).toHaveURL(/\/checkin-screen$/);
    await expect(qrCode).toBeVisible();
    await expect(page.getByLabel('已签到 0 / 已确认 1')).toBeVisible();
    await keepScreenshot(page, testInfo, '61-lead-qr-screen');
  });

  let checkinUrl = '';
  let checkedInBy = 0;
  await test.step('the volunteer opens the QR code’s address on her phone and checks in', async () => {
    checkinUrl = await scannedUrl();
    await phone.goto(checkinUrl);
    await expect(phone.getByText(SHIFT, { exact: true })).toBeVisible();
    await phone.getByRole('button', { name: '签到' }).tap();
    await expect(phone.getByRole('heading', { name: '签到成功' })).toBeVisible();
    checkedInBy = Date.now();
    await keepScreenshot(phone, testInfo, '62-volunteer-checked-in');
    // The lead's screen counts the arrival within a few seconds.
    await expect(page.getByLabel('已签到 1 / 已确认 1')).toBeVisible({ timeout: 15_000 });
  });

  await test.step('later, she scans the code again (it has changed since) and checks out', async () => {
    // The code rotates every 30 s, so a screenshot of it passed around is soon useless.
    await expect.poll(() => qrCode.getAttribute('data-checkin-url'), { timeout: 45_000 }).not.toBe(checkinUrl);
    // Service is counted in whole minutes, so "later" must be at least a minute after the check-in.
    await page.waitForTimeout(Math.max(0, checkedInBy + 60_000 - Date.now()));
    await phone.goto(await scannedUrl());
    await expect(phone.getByText(/\d{2}:\d{2} 已签到/)).toBeVisible();
    await phone.getByRole('button', { name: '签退' }).tap();
    await expect(phone.getByRole('heading', { name: '签退成功' })).toBeVisible();
    await expect(phone.getByText(`本次服务 ${HOURS} 小时，待审核`)).toBeVisible();
  });

  await test.step('the lead sees 已完成 on the roster and evaluates her', async () => {
    await press(page, page.getByRole('link', { name: '在名单上签到' }));
    await expect(page.getByText('已完成', { exact: true }).first()).toBeVisible();
    await press(page, page.getByRole('button', { name: '评价', exact: true }));
    const dialog = page.getByRole('dialog', { name: `评价 ${VOLUNTEER.name}` });
    await press(page, dialog.getByRole('radio').nth(3));
    await dialog.getByLabel('评语').fill(EVALUATION);
    await press(page, dialog.getByRole('button', { name: '保存' }));
    await expect(page.getByText(`已保存对 ${VOLUNTEER.name} 的评价`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(EVALUATION)).toBeVisible();
  });

  await test.step('the coordinator approves the federation’s pending hours in bulk', async () => {
    await openSection(page, /时长审核/);
    await expect(page.getByRole('heading', { name: '时长审核', level: 3 })).toBeVisible();
    await pickOrganization(page, page.getByLabel('组织', { exact: true }), FEDERATION, `${FEDERATION}（义工联）`);
    await expect(page.getByText(`1 条，合计 ${HOURS} 小时`)).toBeVisible();
    // The lead's evaluation travelled with the hours.
    await expect(page.getByText(EVALUATION)).toBeVisible();
    await press(page, page.getByRole('checkbox', { name: `选择 ${VOLUNTEER.name} ${today} 的时长` }));
    await expect(page.getByText(`已选 1 条，合计 ${HOURS} 小时`)).toBeVisible();
    await keepScreenshot(page, testInfo, '63-approval-workbench');
    await press(page, page.getByRole('button', { name: '批量通过' }));
    const dialog = page.getByRole('dialog', { name: '通过 1 条时长记录？' });
    await press(page, dialog.getByRole('button', { name: '批量通过' }));
    await expect(page.getByText('已通过 1 条时长记录')).toBeVisible();
    await expect(page.getByText('没有符合条件的记录')).toBeVisible();
  });

  let certificate = { verifyToken: '', number: '', periodFrom: '', periodTo: '' };
  await test.step('the volunteer sees the approved hour on her phone', async () => {
    // She opens the app again once the hours are approved; the home card has the new total.
    await phone.goto('/');
    await expect(phone.getByText(`已审核服务时长 ${HOURS} 小时`)).toBeVisible();
    await phone.getByRole('button', { name: '进入' }).tap();
    await expect(phone).toHaveURL(/\/me\/volunteer$/);
    await phone.getByText('服务时长', { exact: true }).tap();
    await phone.getByRole('button', { name: '查看服务时长' }).tap();
    await expect(phone.getByRole('heading', { name: '我的服务时长' })).toBeVisible();
    const approved = phone.locator('.ant-statistic').filter({ hasText: '已认定' });
    await expect(approved.locator('.ant-statistic-content-value')).toHaveText(HOURS);
    await expect(phone.getByText(`${ACTIVITY} · ${SHIFT}`)).toBeVisible();
  });

  await test.step('she asks for a certificate and downloads its PDF', async () => {
    await phone.getByRole('button', { name: '申请证明' }).tap();
    await expect(phone.getByText(/证明已生成，编号/)).toBeVisible();
    await expect(phone.getByText('有效', { exact: true })).toBeVisible();
    await expect(phone.getByText(new RegExp(`至 ${today}，共 1 次服务，${HOURS} 小时`))).toBeVisible();
    const downloading = phone.waitForEvent('download');
    await phone.getByRole('button', { name: '下载 PDF' }).tap();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // The page as she sees it once the two toasts have gone, from the top.
    await expect(phone.locator('.ant-message-notice')).toHaveCount(0);
    await scrollToTop(phone);
    await keepScreenshot(phone, testInfo, '64-volunteer-hours-and-certificate');
    // The certificate's QR code carries its verification token; the list the panel shows holds it too.
    const mine = await (await phone.request.get('/api/me/certificates')).json();
    certificate = mine.items[0];
    expect(certificate.verifyToken).toBeTruthy();
  });
  await volunteerContext.close();

  await test.step('anyone, signed out, opens the verification page: valid, name, period, hours', async () => {
    const stranger = await phoneContext(browser, baseURL as string);
    const verify = await stranger.newPage();
    await verify.goto(`/verify/${certificate.verifyToken}`);
    await expect(verify.getByRole('heading', { name: '有效' })).toBeVisible();
    await expect(verify.getByRole('row', { name: /证明编号/ })).toContainText(certificate.number);
    // The name is masked on a page anyone can open.
    await expect(verify.getByRole('row', { name: /志愿者/ })).toContainText(VOLUNTEER.maskedName);
    await expect(verify.getByText(VOLUNTEER.name)).toBeHidden();
    await expect(verify.getByRole('row', { name: /服务期间/ })).toContainText(
      `${certificate.periodFrom} 至 ${certificate.periodTo}`,
    );
    expect(certificate.periodTo).toBe(today);
    await expect(verify.getByRole('row', { name: /累计服务时长/ })).toContainText(`${HOURS} 小时`);
    await expect(verify.getByRole('row', { name: /出具单位/ })).toContainText(FEDERATION);
    // On a phone the number stays on one line and the table within the card, nothing scrolled out of sight.
    const numberCell = verify
      .getByRole('row', { name: /证明编号/ })
      .getByRole('cell')
      .last();
    const lineHeight = await numberCell.evaluate((cell) => Number.parseFloat(getComputedStyle(cell).lineHeight));
    expect((await numberCell.boundingBox())?.height).toBeLessThan(lineHeight * 2 + 16);
    const table = verify.locator('.ant-descriptions-view');
    expect(await table.evaluate((view) => view.scrollWidth <= view.clientWidth)).toBe(true);
    await keepScreenshot(verify, testInfo, '65-verify-valid');
    await stranger.close();
  });

  await test.step('the statistics page counts the hour for the federation', async () => {
    await openSection(page, /志愿服务统计/);
    await expect(page.getByRole('heading', { name: '志愿服务统计', level: 3 })).toBeVisible();
    await pickOrganization(page, page.getByLabel('统计组织'), FEDERATION, `${FEDERATION}（义工联）`);
    await expect(page).toHaveURL(new RegExp(`org=${federationId}`));
    const kpi = (key: string) => page.locator(`[data-kpi="${key}"] .ant-statistic-content-value`);
    await expect(kpi('approved')).toHaveText(HOURS);
    await expect(kpi('registered')).toHaveText('1');
    await expect(kpi('activities')).toHaveText('1');
    await expect(kpi('personTimes')).toHaveText('1');
    await expect(kpi('pending')).toHaveText('0');
    await chartsSettled(page);
    await scrollToTop(page);
    await keepScreenshot(page, testInfo, '66-statistics');
  });
});
