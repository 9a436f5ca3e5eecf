import { App, Button, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenToYuan, formatPrice, ShippingRule } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useSetShippingRule } from '../api/set-shipping-rule';
import { parseYuan } from '../../../lib/parse-yuan';

interface ShippingRuleValues {
  flatFee: string;
  freeOverMode: 'over' | 'never';
  freeOver: string;
}

const { flatFeeFen: FlatFeeRule, freeOverFen: FreeOverRule } = ShippingRule.shape;

function toValues(rule: ShippingRule): ShippingRuleValues {
  return {
    flatFee: fenToYuan(rule.flatFeeFen),
    freeOverMode: rule.freeOverFen === null ? 'never' : 'over',
    freeOver: rule.freeOverFen === null ? '' : fenToYuan(rule.freeOverFen),
  };
}

/** The rule as typed, or null while any amount is not a valid yuan figure. */
function toRule(values: Partial<ShippingRuleValues>): ShippingRule | null {
  const flatFeeFen = parseYuan(values.flatFee);
  const freeOverFen = values.freeOverMode === 'never' ? null : parseYuan(values.freeOver);
  if (flatFeeFen === null || (values.freeOverMode !== 'never' && freeOverFen === null)) return null;
  const parsed = ShippingRule.safeParse({ flatFeeFen, freeOverFen });
  return parsed.success ? parsed.data : null;
}

/** Amounts are typed in yuan and sent in fen, converted without floating point. */
export function ShippingRuleForm({ rule }: { rule: ShippingRule }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ShippingRuleValues>();
  const values = Form.useWatch([], form) as Partial<ShippingRuleValues> | undefined;
  const save = useSetShippingRule();
  const preview = toRule(values ?? toValues(rule));
  const mode = values?.freeOverMode ?? toValues(rule).freeOverMode;

  const yuanRule = (check: (fen: number) => boolean, tooMuch: string) => ({
    validator: (_: unknown, text: string | undefined) => {
      const fen = parseYuan(text);
      if (fen === null) return Promise.reject(new Error(t('shipping.yuanInvalid')));
      return check(fen) ? Promise.resolve() : Promise.reject(new Error(tooMuch));
    },
  });

  return (
    <Form<ShippingRuleValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      className="narrow-form"
      initialValues={toValues(rule)}
      disabled={save.isPending}
      onFinish={(submitted) => {
        const next = toRule(submitted);
        if (next) save.mutate(next, { onSuccess: () => void message.success(t('shipping.saved')) });
      }}
    >
      <Form.Item
        name="flatFee"
        label={t('shipping.flatFee')}
        extra={t('shipping.flatFeeHint')}
        rules={[yuanRule((fen) => FlatFeeRule.safeParse(fen).success, t('shipping.flatFeeTooHigh'))]}
      >
        <Input prefix="¥" inputMode="decimal" autoComplete="off" />
      </Form.Item>
      <Form.Item name="freeOverMode" label={t('shipping.freeOver')}>
        <Radio.Group
          options={[
            { value: 'over', label: t('shipping.freeOverYes') },
            { value: 'never', label: t('shipping.freeOverNever') },
          ]}
        />
      </Form.Item>
      {mode === 'over' && (
        <Form.Item
          name="freeOver"
          label={t('shipping.freeOverAmount')}
          rules={[yuanRule((fen) => FreeOverRule.safeParse(fen).success, t('shipping.freeOverInvalid'))]}
        >
          <Input prefix="¥" inputMode="decimal" autoComplete="off" />
        </Form.Item>
      )}
      {preview && (
        <Form.Item label={t('shipping.preview')}>
          <Typography.Text className="shipping-preview">
            {preview.flatFeeFen === 0
              ? t('shipping.previewAlwaysFree')
              : preview.freeOverFen === null
                ? t('shipping.previewFlat', { fee: formatPrice(preview.flatFeeFen) })
                : t('shipping.previewFree', { over: formatPrice(preview.freeOverFen), fee: formatPrice(preview.flatFeeFen) })}
          </Typography.Text>
        </Form.Item>
      )}
      {save.isError && (
        <Form.Item>
          <ApiErrorAlert error={save.error} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('shipping.save')}
      </Button>
    </Form>
  );
}
