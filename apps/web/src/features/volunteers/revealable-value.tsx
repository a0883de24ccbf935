import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';

/** How long a revealed number stays on screen before it is masked again. */
export const REVEAL_SECONDS = 30;

interface RevealableValueProps {
  masked: string;
  /** The audited reveal endpoint (POST { field } → { value }); without it no 显示 button is offered. */
  revealUrl?: string;
  field: 'idNumber' | 'phone';
  /** Names the value for screen readers ("显示证件号码"). */
  label: string;
}

/**
 * A masked ID or phone number with 显示 for those allowed: the server decrypts and audits each reveal; the full
 * value shows for 30 seconds and is then masked again, so it does not stay on an unattended screen.
 */
export function RevealableValue({ masked, revealUrl, field, label }: RevealableValueProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const reveal = useMutation({
    mutationFn: () => api.post<{ value: string }>(revealUrl!, { field }),
    onSuccess: (answer) => {
      setValue(answer.value);
      setSecondsLeft(REVEAL_SECONDS);
    },
    onError: (error) => void message.error(errorText(t, error)),
  });

  useEffect(() => {
    if (value === null) return;
    if (secondsLeft <= 0) {
      setValue(null);
      return;
    }
    const timer = setTimeout(() => setSecondsLeft((left) => left - 1), 1000);
    return () => clearTimeout(timer);
  }, [value, secondsLeft]);

  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <Typography.Text copyable={value !== null ? { text: value } : false} style={{ fontFamily: 'monospace' }}>
        {value ?? masked}
      </Typography.Text>
      {value !== null ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('volunteers.reveal.hidesIn', { seconds: secondsLeft })}
        </Typography.Text>
      ) : (
        revealUrl && (
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            aria-label={t('volunteers.reveal.showLabel', { label })}
            onClick={() => reveal.mutate()}
          >
            {t('volunteers.reveal.show')}
          </Button>
        )
      )}
    </span>
  );
}
