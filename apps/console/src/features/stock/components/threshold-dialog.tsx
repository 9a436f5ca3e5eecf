import { App, Form, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { LowStockThresholdRequest, type StockLevelView } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useSetLowStockThreshold } from '../api/set-low-stock-threshold';

export interface ThresholdDialogProps {
  level: StockLevelView;
  open: boolean;
  onClose: () => void;
}

const ThresholdRule = LowStockThresholdRequest.shape.lowStockThreshold;

export function ThresholdDialog({ level, open, onClose }: ThresholdDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ lowStockThreshold: number | null }>();
  const setThreshold = useSetLowStockThreshold(level.skuId);

  return (
    <Modal
      open={open}
      title={t('threshold.title', { name: `${level.productName} ${level.skuSpec}` })}
      confirmLoading={setThreshold.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setThreshold.reset();
      }}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ lowStockThreshold: level.lowStockThreshold }}
        onFinish={({ lowStockThreshold }) =>
          setThreshold.mutate(lowStockThreshold ?? 0, {
            onSuccess: () => {
              void message.success(t('threshold.done'));
              onClose();
            },
          })
        }
      >
        <Form.Item
          name="lowStockThreshold"
          label={t('threshold.label')}
          extra={t('threshold.hint')}
          rules={[
            {
              validator: (_, value: number | null | undefined) =>
                ThresholdRule.safeParse(value).success ? Promise.resolve() : Promise.reject(new Error(t('threshold.invalid'))),
            },
          ]}
        >
          <InputNumber<number> precision={0} min={0} max={1_000_000} className="full-width" />
        </Form.Item>
      </Form>
      {setThreshold.isError && <ApiErrorAlert error={setThreshold.error} />}
    </Modal>
  );
}
