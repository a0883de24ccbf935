import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Copies text to the clipboard; on a plain-HTTP address (no Clipboard API) through a hidden text field instead. */
async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Falls through to the text-field copy.
    }
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  return copied;
}

/** 复制链接: puts a link on the clipboard and says so. */
export function CopyLinkButton({ link }: { link: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button
      icon={<CopyOutlined />}
      onClick={async () => {
        if (await copyText(link)) void message.success(t('volunteers.qr.copied'));
        else void message.warning(t('volunteers.qr.copyFailed'));
      }}
    >
      {t('volunteers.qr.copy')}
    </Button>
  );
}
