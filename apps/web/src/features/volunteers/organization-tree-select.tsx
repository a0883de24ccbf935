import type { OrganizationKind, OrganizationTreeNode } from '@liandong/domain';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildOrganizationTree, type OrganizationTreeItem } from '../organizations/organization-tree.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';

interface TreeOption {
  value: string;
  title: string;
  label: string;
  disabled: boolean;
  children: TreeOption[];
}

function toOptions(
  items: OrganizationTreeItem[],
  selectable: (node: OrganizationTreeNode) => boolean,
  kindName: (kind: OrganizationKind) => string,
): TreeOption[] {
  return items.map(({ node, children }) => ({
    value: node.id,
    // The kind in the dropdown tells a station from a team of the same name; the chosen value shows the name only.
    title: `${node.name}（${kindName(node.kind)}）`,
    label: node.name,
    disabled: !selectable(node),
    children: toOptions(children, selectable, kindName),
  }));
}

type OrganizationTreeSelectProps = Omit<TreeSelectProps<string>, 'treeData'> & {
  /** Only organizations of these kinds can be chosen; the others still show, greyed, for the structure. */
  kinds?: readonly OrganizationKind[];
};

/** An organization of the acting subtree, picked from its tree (the organizations page's parent picker pattern). */
export function OrganizationTreeSelect({ kinds, ...props }: OrganizationTreeSelectProps) {
  const { t } = useTranslation();
  const tree = useOrganizationTree();
  const nodes = tree.data?.items;
  const treeData = useMemo(
    () =>
      toOptions(
        buildOrganizationTree(nodes ?? []),
        (node) => !kinds || kinds.includes(node.kind),
        (kind) => t(`organizations.kindsShort.${kind}`),
      ),
    [nodes, kinds, t],
  );
  return (
    <TreeSelect<string>
      treeData={treeData}
      loading={tree.isPending}
      treeDefaultExpandAll
      treeNodeLabelProp="label"
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
