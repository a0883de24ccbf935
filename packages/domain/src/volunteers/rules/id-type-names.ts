import type { IdType } from './identity-document.ts';

/**
 * The Chinese name of each identity document type, as exports and certificates print it (证件类型). One source, like
 * the role names: server files that must print Chinese whatever the reader's language read it from here.
 */
export const ID_TYPE_NAMES_ZH: Record<IdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_resident: '外国人永久居留身份证',
  other: '其他证件',
};
