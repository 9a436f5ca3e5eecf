import { App, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StockAdjustmentRequest, type StockLevelView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useAdjustStock } from '../api/adjust-stock';

type Kind = 'receipt' | 'adjustment';

interface AdjustFormValues {
  kind: Kind;
  delta: number | null;
  reason: string;
}

export interface AdjustStockDialogProps {
  level: StockLevelView;
  open: boolean;
  onClose: () => void;
}

const { delta: DeltaRule, reason: ReasonRule } = StockAdjustmentRequest.shape;

/** Goods received (a positive count) or a counted correction either way, always with a reason for the ledger. */
export function AdjustStockDialog({ level, open, onClose }: AdjustStockDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdjustFormValues>();
  const kind = Form.useWatch('kind', form) ?? 'receipt';
  const delta = Form.useWatch('delta', form);
  const adjust = useAdjustStock(level.skuId);
  const name = `${level.productName} ${level.skuSpec}`;

  return (
    <Modal
      open={open}
      title={t('adjust.title', { name })}
      okText={t('adjust.submit')}
      confirmLoading={adjust.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        adjust.reset();
      }}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        {t('adjust.current', { onHand: level.onHand, reserved: level.reserved, available: level.available })}
      </Typography.Paragraph>
      <Form<AdjustFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ kind: 'receipt', delta: null, reason: '' }}
        onFinish={(values) =>
          adjust.mutate(
            { kind: values.kind, delta: values.delta ?? 0, reason: values.reason.trim() },
            {
              onSuccess: () => {
                void message.success(t('adjust.done'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="kind" label={t('adjust.kind')}>
          <Radio.Group
            optionType="button"
            onChange={() => void form.validateFields(['delta']).catch(() => undefined)}
            options={[
              { value: 'receipt', label: t('adjust.receipt') },
              { value: 'adjustment', label: t('adjust.adjustment') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="delta"
          label={t('adjust.delta')}
          extra={
            typeof delta === 'number' && delta !== 0
              ? t('adjust.after', { onHand: level.onHand + delta, available: level.available + delta })
              : t(kind === 'receipt' ? 'adjust.deltaHintReceipt' : 'adjust.deltaHintAdjustment')
          }
          rules={[
            {
              validator: (_, value: number | null | undefined) => {
                const ok = DeltaRule.safeParse(value).success && (kind !== 'receipt' || (value ?? 0) > 0);
                if (ok) return Promise.resolve();
                return Promise.reject(new Error(t(kind === 'receipt' ? 'adjust.deltaInvalidReceipt' : 'adjust.deltaInvalidAdjustment')));
              },
            },
          ]}
        >
          <InputNumber<number> precision={0} min={kind === 'receipt' ? 1 : -1_000_000} max={1_000_000} className="full-width" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('adjust.reason')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                ReasonRule.safeParse(value ?? '').success ? Promise.resolve() : Promise.reject(new Error(t('adjust.reasonInvalid'))),
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount placeholder={t('adjust.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {adjust.isError && <ApiErrorAlert error={adjust.error} />}
    </Modal>
  );
}
