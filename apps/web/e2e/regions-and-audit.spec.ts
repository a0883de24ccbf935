import { expect, test } from '@playwright/test';
import { ADMIN, choose, keepScreenshot, openSection, press, signIn } from './support.ts';

// Runs after the first-run journey on the same installation (see playwright.config.ts), as its administrator.
test('a social-work administrator maps a street and a community, then finds the change in the audit log', async ({
  page,
}, testInfo) => {
  await page.goto('/login');
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('button', { name: `账号: ${ADMIN.name}` })).toBeVisible();

  await test.step('a county is found by its pinyin initials', async () => {
    await openSection(page, /区划与社区/);
    await expect(page.getByText('先选择一个区县')).toBeVisible();
    await page.getByLabel('区县').fill('wl');
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText(/温岭市/)
      .first()
      .click();
    await expect(page.getByRole('button', { name: '添加街道/乡镇' }).first()).toBeVisible();
  });

  await test.step('a street and a community of a stated type are added', async () => {
    await press(page, page.getByRole('button', { name: '添加街道/乡镇' }).first());
    const streetDialog = page.getByRole('dialog', { name: '添加街道/乡镇' });
    await streetDialog.getByLabel('名称').fill('箬横镇');
    await streetDialog.getByText('镇', { exact: true }).click();
    await press(page, streetDialog.getByRole('button', { name: '新建' }));
    await expect(page.getByText('已添加“箬横镇”')).toBeVisible();

    await press(page, page.getByRole('button', { name: '添加社区/村' }).first());
    const communityDialog = page.getByRole('dialog', { name: '添加社区/村' });
    await communityDialog.getByLabel('名称').fill('东浦村');
    await choose(page, '类型', '农村');
    await press(page, communityDialog.getByRole('button', { name: '新建' }));
    await expect(page.getByText('已添加“东浦村”')).toBeVisible();
    await expect(page.getByText('东浦村').first()).toBeVisible();
    await keepScreenshot(page, testInfo, '07-regions');
  });

  await test.step('the audit log shows who added the community', async () => {
    await openSection(page, /审计日志/);
    await expect(page.getByText('添加社区/村').first()).toBeVisible();
    await expect(page.getByText(ADMIN.name).first()).toBeVisible();
    await keepScreenshot(page, testInfo, '08-audit');
  });
});
