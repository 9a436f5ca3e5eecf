import { useEffect, useState } from 'react';
import Button from 'antd-mobile/es/components/button';
import Form from 'antd-mobile/es/components/form';
import Input from 'antd-mobile/es/components/input';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import { Phone, SMS_CODE_RULES, SmsCode, type DevSmsView, type SmsPurpose } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { contractRule, type FormInstance } from '../../../lib/forms';
import { useNow } from '../../../lib/use-now';
import { useDevSms, type SentCode } from '../api/get-dev-sms';
import { useSendSmsCode } from '../api/send-sms-code';

/** The phone number an account is known by, checked as the API checks it. */
export function PhoneField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="phone" label={t('common.phone')} rules={[contractRule(Phone, t('auth.invalid.phone'))]}>
      <Input type="tel" inputMode="numeric" autoComplete="username" maxLength={11} placeholder={t('auth.phonePlaceholder')} clearable />
    </Form.Item>
  );
}

/** A 429's wait, when the API says how long. */
function retryAfterSeconds(error: unknown): number | null {
  if (!isApiError(error) || error.code !== 'TOO_MANY_REQUESTS') return null;
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

/**
 * The phone and the SMS code sent to it for `purpose`, with the button that sends it and its resend countdown.
 * Sign-up, login by code, password reset and checkout's inline sign-up all use these two fields.
 */
export function PhoneCodeFields({ form, purpose }: { form: FormInstance; purpose: SmsPurpose }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const send = useSendSmsCode();
  const [resendAt, setResendAt] = useState<number | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const phone: unknown = Form.useWatch('phone', form);
  const devSms = useDevSms(sent);

  const sendCode = async () => {
    const valid = await form.validateFields(['phone']).then(
      () => true,
      () => false,
    );
    if (!valid) return;
    const to = String(form.getFieldValue('phone')).trim();
    send.mutate(
      { phone: to, purpose },
      {
        onSuccess: (answer) => {
          setResendAt(Date.parse(answer.resendAt));
          setSent({ phone: to, expiresAt: answer.expiresAt });
        },
        onError: (error) => {
          const wait = retryAfterSeconds(error);
          if (wait) setResendAt(Date.now() + wait * 1000);
          // Most refusals are about the number (already registered, no account, too many codes): say so beside it.
          form.setFields([{ name: 'phone', errors: [errorMessage(error)] }]);
        },
      },
    );
  };

  return (
    <>
      <PhoneField />
      <Form.Item
        name="smsCode"
        label={t('auth.smsCode')}
        rules={[contractRule(SmsCode, t('auth.invalid.code'))]}
        extra={
          <Button size="small" color="primary" fill="outline" loading={send.isPending} disabled={resendAt !== null} onClick={() => void sendCode()}>
            {resendAt === null ? t('auth.sendCode') : <ResendCountdown until={resendAt} onEnd={() => setResendAt(null)} />}
          </Button>
        }
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={SMS_CODE_RULES.digits} placeholder={t('auth.codePlaceholder')} />
      </Form.Item>
      {devSms.data && devSms.data.phone === (typeof phone === 'string' ? phone.trim() : '') && (
        <DevSmsHint sms={devSms.data} onFill={() => form.setFieldsValue({ smsCode: devSms.data.code })} />
      )}
    </>
  );
}

/** Mounted for each wait, so it counts from the moment the code went. */
function ResendCountdown({ until, onEnd }: { until: number; onEnd: () => void }) {
  const { t } = useTranslation();
  const seconds = Math.ceil((until - useNow(1000)) / 1000);
  const over = seconds <= 0;
  useEffect(() => {
    if (over) onEnd();
  }, [over, onEnd]);
  return <>{t('auth.resendIn', { seconds: Math.max(0, seconds) })}</>;
}

/** What the embedded default texts to nobody, shown where a real phone would: only a dev/demo server has the box. */
function DevSmsHint({ sms, onFill }: { sms: DevSmsView; onFill: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dev-sms" data-testid="dev-sms" role="status">
      <strong>{t('auth.devSms')}</strong>
      <span>{t('auth.devSmsCode', { code: sms.code })}</span>
      <Button size="mini" color="primary" fill="outline" onClick={onFill}>
        {t('auth.fillCode')}
      </Button>
    </div>
  );
}
