import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerImport } from './import-contracts.ts';

/** 共 n 行 · 可导入 m 行 · 问题 k 行. */
export function ImportCounts({ preview }: { preview: VolunteerImport }) {
  const { t } = useTranslation();
  const problemRows = preview.totalRows - preview.validRows;
  const rows = t('volunteerImport.rowsUnit');
  return (
    <Row gutter={[12, 12]}>
      <Col xs={8}>
        <Card size="small">
          <Statistic title={t('volunteerImport.counts.total')} value={preview.totalRows} suffix={rows} />
        </Card>
      </Col>
      <Col xs={8}>
        <Card size="small">
          <Statistic
            title={t('volunteerImport.counts.valid')}
            value={preview.validRows}
            suffix={rows}
            styles={{ content: { color: '#0f766e' } }}
          />
        </Card>
      </Col>
      <Col xs={8}>
        <Card size="small">
          <Statistic
            title={t('volunteerImport.counts.problems')}
            value={problemRows}
            suffix={rows}
            styles={{ content: { color: problemRows > 0 ? '#cf1322' : undefined } }}
          />
        </Card>
      </Col>
    </Row>
  );
}
