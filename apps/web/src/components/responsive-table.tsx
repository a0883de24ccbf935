import { Grid, Table, type TableProps } from 'antd';

/**
 * antd's Table set up to stay usable on a phone: it scrolls sideways instead of squeezing columns, uses the small
 * size and a simple pager below the `md` breakpoint. Everything else passes through.
 */
export function ResponsiveTable<T extends object>(props: TableProps<T>) {
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const pagination =
    props.pagination === false ? false : { showSizeChanger: !isPhone, simple: isPhone, ...(props.pagination ?? {}) };
  return (
    <Table<T>
      size={isPhone ? 'small' : 'middle'}
      {...props}
      pagination={pagination}
      scroll={{ x: 'max-content', ...props.scroll }}
    />
  );
}
