import fs from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import {
  choose,
  createFederation,
  isPhone,
  keepScreenshot,
  openSection,
  press,
  residentId,
  signInAsAdmin,
} from './support.ts';

// Its own 义工联: the journeys of one viewport share an installation.
const FEDERATION = '大麦屿街道义工联合会';

// Three invented people; the second is first written with a wrong check character, as a typo in Excel would.
const PEOPLE = [
  { name: '林海燕', gender: '女', birthDate: '1988-04-12', sequence: '128', phone: '13905760011' },
  { name: '陈志强', gender: '男', birthDate: '1992-10-03', sequence: '317', phone: '13905760012' },
  { name: '王秀兰', gender: '女', birthDate: '1975-01-26', sequence: '226', phone: '13905760013' },
].map((person) => ({ ...person, idNumber: residentId(person.birthDate, person.sequence) }));
const MISTYPED_ID = PEOPLE[1]!.idNumber.slice(0, 17) + (PEOPLE[1]!.idNumber.endsWith('1') ? '2' : '1');

/** The downloaded template with the people filled in under its header, as a coordinator would in Excel. */
async function fillTemplate(template: Buffer, idNumbers: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  PEOPLE.forEach((person, index) => {
    const row = sheet.getRow(index + 2);
    // 姓名* 性别* 出生日期* 证件类型* 证件号码* 手机号码*, the template's order.
    [person.name, person.gender, person.birthDate, '居民身份证', idNumbers[index]!, person.phone].forEach(
      (value, column) => {
        row.getCell(column + 1).value = value;
      },
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function uploadRoster(page: Page, name: string, file: Buffer) {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
}

// Runs after the first-run journey on the same installation (see playwright.config.ts), as its administrator.
test('a coordinator downloads the template, fills it in, reads the problems, uploads again and imports', async ({
  page,
}, testInfo) => {
  await signInAsAdmin(page);
  await createFederation(page, FEDERATION);

  let template = Buffer.alloc(0);
  await test.step('the import page opens from the volunteer list and gives the template', async () => {
    await openSection(page, /志愿者/);
    await press(page, page.getByRole('button', { name: '批量导入' }));
    await expect(page.getByRole('heading', { name: '批量导入志愿者' })).toBeVisible();
    await choose(page, '登记到', `${FEDERATION}（义工联）`);
    const downloading = page.waitForEvent('download');
    await press(page, page.getByRole('button', { name: '下载模板' }));
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    template = await fs.readFile(await download.path());
    await keepScreenshot(page, testInfo, '10-import-organization');
    await press(page, page.getByRole('button', { name: '下一步：上传文件' }));
    await expect(page.getByText('点击或把文件拖到这里上传')).toBeVisible();
  });

  await test.step('a file that is no spreadsheet is refused in words', async () => {
    await uploadRoster(page, '名单.xlsx', Buffer.from('这不是表格'));
    await expect(page.getByText('无法读取这个文件：请上传 Excel（.xlsx）或 CSV 文件')).toBeVisible();
  });

  await test.step('a mistyped ID number is listed with its row, and nothing is imported', async () => {
    const ids = PEOPLE.map((person) => person.idNumber);
    ids[1] = MISTYPED_ID;
    await uploadRoster(page, '大麦屿名单.xlsx', await fillTemplate(template, ids));
    await expect(page.getByText('发现 1 个问题，尚未导入任何数据')).toBeVisible();
    const problem = page.getByRole('row').filter({ hasText: '身份证校验位错误' });
    await expect(problem).toContainText('3');
    await expect(page.getByRole('button', { name: /导入 \d+ 名志愿者/ })).toHaveCount(0);
    await keepScreenshot(page, testInfo, '20-import-problems');
  });

  await test.step('the corrected file passes, shows masked numbers, and imports as 正式志愿者', async () => {
    await press(page, page.getByRole('button', { name: '重新上传' }));
    await uploadRoster(
      page,
      '大麦屿名单.xlsx',
      await fillTemplate(
        template,
        PEOPLE.map((person) => person.idNumber),
      ),
    );
    await expect(page.getByText('全部 3 行检查通过，可以导入')).toBeVisible();
    for (const person of PEOPLE) {
      await expect(page.getByText(person.name).first()).toBeVisible();
      await expect(page.getByText(person.idNumber)).toHaveCount(0);
      await expect(page.getByText(person.phone)).toHaveCount(0);
    }
    await keepScreenshot(page, testInfo, '30-import-clean');
    await page.getByText('正式志愿者').first().click();
    await press(page, page.getByRole('button', { name: '导入 3 名志愿者' }));
    const confirm = page.getByRole('dialog').filter({ hasText: '导入 3 名志愿者？' });
    await expect(confirm).toContainText(FEDERATION);
    await press(page, confirm.getByRole('button', { name: '开始导入' }));
    await expect(page.getByText('已导入 3 名志愿者')).toBeVisible({ timeout: 30_000 });
    await keepScreenshot(page, testInfo, '40-import-done');
  });

  await test.step('the volunteer list shows the imported people, active', async () => {
    await press(page, page.getByRole('button', { name: '查看志愿者名单' }));
    for (const person of PEOPLE) await expect(page.getByText(person.name).first()).toBeVisible();
    if (!isPhone(page)) await expect(page.getByRole('row').filter({ hasText: PEOPLE[0]!.name })).toContainText('正式');
    await keepScreenshot(page, testInfo, '50-imported-list');
  });
});
