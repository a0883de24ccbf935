import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePassword } from './generate-password.ts';

interface PasswordInputProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/** A password an administrator sets for someone else: typed, or generated and shown so it can be passed on. */
export function PasswordInput({ id, value, onChange }: PasswordInputProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.Password
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        autoComplete="new-password"
        maxLength={128}
        visibilityToggle={{ visible, onVisibleChange: setVisible }}
      />
      <Button
        onClick={() => {
          onChange?.(generatePassword());
          setVisible(true);
        }}
      >
        {t('organizations.members.generate')}
      </Button>
    </Space.Compact>
  );
}
