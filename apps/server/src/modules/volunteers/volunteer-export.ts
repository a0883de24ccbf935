import { PassThrough, type Readable } from 'node:stream';
import {
  type Gender,
  ID_TYPE_NAMES_ZH,
  type IdType,
  type RegistrySettings,
  type VolunteerExportQuery,
  type VolunteerStatus,
} from '@liandong/domain';
import ExcelJS from 'exceljs';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hoursTotalsByVolunteer } from '../service-hours/hours-totals.ts';
import { loadRegistrySettings } from './registries.ts';
import { skillDetailsOf } from './volunteer-presenter.ts';
import { createVolunteersRepository } from './volunteers.repository.ts';
import type { VolunteersService } from './volunteers.service.ts';

// The file is read by people, in Chinese, like the national system's own exports.
const HEADERS = [
  '志愿者编号',
  '姓名',
  '性别',
  '出生日期',
  '证件类型',
  '证件号码',
  '手机号码',
  '状态',
  '所属组织',
  '服务队',
  '服务技能',
  '全国志愿者编号',
  '注册日期',
  '累计服务时长（小时）',
];
const GENDER_NAMES: Record<Gender, string> = { male: '男', female: '女' };
const STATUS_NAMES: Record<VolunteerStatus, string> = {
  prospective: '预备',
  active: '正式',
  suspended: '暂停',
  exited: '退出',
};
const BATCH = 1000;

/**
 * The volunteer list as an xlsx roster, streamed row by row so a large registry never sits in memory. ID and phone
 * numbers are masked unless `reveal=1` is asked by someone holding volunteers.reveal; every export is audited with
 * its row count (and whether it was revealed) before the first byte leaves.
 */
export function createVolunteerExport({ db, clock, config, keys }: AppDeps, volunteersService: VolunteersService) {
  const volunteers = createVolunteersRepository(db);

  return async function exportVolunteers(
    actor: Actor,
    query: VolunteerExportQuery,
    meta: RequestMeta,
  ): Promise<Readable> {
    const reveal = query.reveal === '1';
    if (reveal && !actor.isPlatformAdmin && !actor.permissions.has('volunteers.reveal'))
      throw new AppError('auth.forbidden', 403);
    const filter = await volunteersService.filterFor(actor, query);
    const rowCount = await volunteers.count(filter);
    const now = clock.now();
    await db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { actor, meta, now },
        {
          action: 'volunteers.export',
          entityType: 'volunteer',
          entityId: null,
          after: { rowCount, revealed: reveal, filters: { ...query, reveal: undefined } },
        },
      ),
    );

    const output = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('志愿者');
    const settingsByRegistry = new Map<string, RegistrySettings>();
    const write = async () => {
      sheet.addRow(HEADERS).commit();
      let afterId: string | null = null;
      for (;;) {
        const rows = await volunteers.batchAfter(filter, afterId, BATCH);
        if (rows.length === 0) break;
        const ids = rows.map((row) => row.id);
        const teams = await volunteers.teamNamesOf(ids);
        const hours = await hoursTotalsByVolunteer(db, ids);
        for (const row of rows) {
          let settings = settingsByRegistry.get(row.registryId);
          if (!settings) {
            settings = await loadRegistrySettings(db, row.registryId);
            settingsByRegistry.set(row.registryId, settings);
          }
          const skills = skillDetailsOf(JSON.parse(row.skills) as string[], settings);
          sheet
            .addRow([
              row.localNo,
              row.name,
              GENDER_NAMES[row.gender],
              row.birthDate,
              ID_TYPE_NAMES_ZH[row.idType as IdType] ?? row.idType,
              reveal ? keys.decrypt(row.idNumberCipher) : row.idNumberMasked,
              reveal ? keys.decrypt(row.phoneCipher) : row.phoneMasked,
              STATUS_NAMES[row.status],
              row.homeOrganizationName,
              (teams.get(row.id) ?? []).join('、'),
              skills.map((skill) => skill.name).join('、'),
              row.nationalNo ?? '',
              calendarDayOf(row.registeredAt, config.timeZone),
              // A number, so the sheet can sum it; hundredths make it exact to two places.
              (hours.get(row.id)?.approvedHundredths ?? 0) / 100,
            ])
            .commit();
        }
        afterId = rows.at(-1)?.id ?? null;
      }
      sheet.commit();
      await workbook.commit();
    };
    write().catch((error: unknown) => output.destroy(error as Error));
    return output;
  };
}
