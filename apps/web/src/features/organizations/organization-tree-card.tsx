import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { OrganizationKindTag } from './organization-tags.tsx';
import { buildOrganizationTree, type OrganizationTreeItem } from './organization-tree.ts';
import { useOrganizationTree } from './use-organization-tree.ts';

// A large tree opens only its top levels, so the page does not start as a wall of names.
const EXPAND_ALL_UP_TO = 60;
const EXPANDED_LEVELS = 2;

function toTreeData(items: OrganizationTreeItem[]): TreeDataNode[] {
  return items.map(({ node, children }) => ({
    key: node.id,
    title: (
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
        <span>{node.name}</span>
        <OrganizationKindTag kind={node.kind} />
      </span>
    ),
    children: toTreeData(children),
  }));
}

/** The acting subtree drawn as a tree; choosing an organization opens it. */
export function OrganizationTreeCard({ onCreate }: { onCreate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tree = useOrganizationTree();
  const nodes = tree.data?.items ?? [];
  const treeData = useMemo(() => toTreeData(buildOrganizationTree(nodes)), [nodes]);
  const expandedKeys = useMemo(() => {
    if (nodes.length <= EXPAND_ALL_UP_TO) return nodes.map((node) => node.id);
    const top = Math.min(...nodes.map((node) => node.depth));
    return nodes.filter((node) => node.depth - top < EXPANDED_LEVELS).map((node) => node.id);
  }, [nodes]);

  return (
    <Card title={t('organizations.tree.title')} size="small">
      {tree.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : tree.isError ? (
        <LoadError error={tree.error} onRetry={() => void tree.refetch()} />
      ) : nodes.length === 0 ? (
        <EmptyState
          title={t('organizations.tree.empty')}
          description={t('organizations.tree.emptyHint')}
          action={
            onCreate && (
              <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
                {t('organizations.create')}
              </Button>
            )
          }
        />
      ) : (
        <Tree
          treeData={treeData}
          defaultExpandedKeys={expandedKeys}
          blockNode
          showLine
          selectedKeys={[]}
          onSelect={(keys) => {
            const [id] = keys;
            if (id) navigate(`/organizations/${String(id)}`);
          }}
        />
      )}
    </Card>
  );
}
