import { expect, test } from '@playwright/test';
import { ADMIN, choose, keepScreenshot, openSection, press, ROOT_ORGANIZATION, signIn, signOut } from './support.ts';

const STATION = '海棠社区服务站';
const MEMBER = { username: 'lina', name: '李娜', password: 'Haitang2026ok' };

// One person's first day with a new installation, in order: each step needs the one before it.
test.describe.configure({ mode: 'serial' });

test('setup → sign in → sub-organization → member → member sees only their subtree → English → sign out', async ({
  page,
}, testInfo) => {
  // Seven steps with two argon2 sign-ins each way; a busy 2-core machine needs more than the default 90 s.
  test.setTimeout(180_000);
  let rootId = '';
  await test.step('a new installation opens the setup page', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole('heading', { name: '欢迎使用联动' })).toBeVisible();
    await keepScreenshot(page, testInfo, '01-setup');
  });

  await test.step('the first administrator and organization are created', async () => {
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('姓名').fill(ADMIN.name);
    await page.getByLabel('密码', { exact: true }).fill('short');
    await page.getByLabel('确认密码').fill('short');
    await page.getByLabel('组织名称').fill(ROOT_ORGANIZATION);
    await choose(page, '组织类型', '社工机构');
    await page.getByRole('button', { name: '完成设置' }).click();
    // The strength rule holds the form back before anything is sent.
    await expect(page).toHaveURL(/\/setup$/);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('确认密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '完成设置' }).click();
    await expect(page.getByText(`好，${ADMIN.name}`)).toBeVisible();
  });

  await test.step('the administrator signs out and signs in again', async () => {
    await signOut(page);
    await signIn(page, ADMIN.username, 'not-the-password-1');
    await expect(page.getByText('用户名或密码不正确')).toBeVisible();
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByText(`好，${ADMIN.name}`)).toBeVisible();
    await keepScreenshot(page, testInfo, '02-home-admin');
    const tree = await (await page.request.get('/api/organizations/tree')).json();
    rootId = tree.items[0].id;
  });

  await test.step('a sub-organization is created beneath the first one', async () => {
    await openSection(page, /组织/);
    await expect(page).toHaveURL(/\/organizations/);
    await page.getByRole('button', { name: '新建组织' }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('名称', { exact: true }).fill(STATION);
    await choose(page, '类型', '服务站');
    await choose(page, '上级组织', ROOT_ORGANIZATION);
    await drawer.getByRole('button', { name: '新建' }).click();
    await expect(page.getByText(`已创建组织“${STATION}”`)).toBeVisible();
    // A new organization opens on its own page, where its members are added next.
    await expect(page.getByRole('heading', { name: STATION })).toBeVisible();
    await keepScreenshot(page, testInfo, '03-new-organization');
  });

  await test.step('a member is added to it by creating their account', async () => {
    await press(page, page.getByRole('tab', { name: /成员/ }));
    await page.getByRole('button', { name: '添加成员' }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('姓名').fill(MEMBER.name);
    await drawer.getByLabel('用户名').fill(MEMBER.username);
    await drawer.getByLabel('初始密码').fill(MEMBER.password);
    await choose(page, '角色', '社工');
    await drawer.getByRole('button', { name: '添加成员' }).click();
    const created = page.getByRole('dialog', { name: '账号已创建' });
    await expect(created).toContainText(MEMBER.password);
    // A tap that lands while the dialog is still animating in can be lost on a slow phone: tap until it closes.
    await expect(async () => {
      await press(page, created.getByRole('button', { name: /确定|知道了|OK/ }));
      await expect(created).toBeHidden({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByText(MEMBER.name).first()).toBeVisible();
    await keepScreenshot(page, testInfo, '04-members');
  });

  await test.step('the member signs in and sees only their own subtree', async () => {
    await signOut(page);
    await signIn(page, MEMBER.username, MEMBER.password);
    await expect(page.getByRole('button', { name: `账号: ${MEMBER.name}` })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: /审计日志/ })).toHaveCount(0);
    await openSection(page, /组织/);
    await expect(page.getByText(STATION).first()).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(ROOT_ORGANIZATION);
    await keepScreenshot(page, testInfo, '05-member-organizations');
    // Asking for the parent organization directly answers as if it did not exist.
    await page.goto(`/organizations/${rootId}`);
    await expect(page.getByText('找不到这个组织')).toBeVisible();
    await page.goto('/organizations');
  });

  await test.step('the member switches to English and signs out', async () => {
    await page.getByRole('button', { name: /语言/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Organizations' })).toBeVisible();
    await keepScreenshot(page, testInfo, '06-english');
    await signOut(page, /Sign out/);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
});
