import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Reason, type ApproveRequest } from '@bangfu/contracts';
import { ReasonDialog } from '../../../components/reason-dialog';
import { ValidityDialog } from './validity-dialog';

/** One thing a reviewer may decide; `done` closes its dialog once the API has taken it. */
export type ReviewDecision = {
  key: string;
  label: string;
  primary?: boolean;
  danger?: boolean;
  title: string;
  /** What the decision does, said before it is taken. */
  intro: string;
} & ({ asks: 'validity'; withNote?: boolean; submit: (decision: ApproveRequest, done: () => void) => void } | { asks: 'reason'; submit: (reason: string, done: () => void) => void });

/** The mutation behind the decisions: one per kind of record. */
export interface DecisionState {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

export interface DecisionDialogProps {
  decision: ReviewDecision;
  open: boolean;
  onClose: () => void;
  state: DecisionState;
}

/** A certificate's validity, or a reason of 2–500 characters that the applicant or supplier will read. */
export function DecisionDialog({ decision, open, onClose, state }: DecisionDialogProps) {
  const { t } = useTranslation();
  const common = {
    open,
    title: decision.title,
    okText: decision.label,
    intro: <Typography.Paragraph>{decision.intro}</Typography.Paragraph>,
    pending: state.isPending,
    error: state.error,
    onClose,
    afterClose: state.reset,
  };
  if (decision.asks === 'validity') return <ValidityDialog {...common} withNote={decision.withNote} onSubmit={(v) => decision.submit(v, onClose)} />;
  return (
    <ReasonDialog
      {...common}
      danger={decision.danger}
      label={t('review.reason.label')}
      hint={t('review.reason.hint')}
      invalidText={t('review.reason.invalid')}
      isValid={(reason) => Reason.safeParse(reason).success}
      onSubmit={(reason) => decision.submit(reason, onClose)}
    />
  );
}

/** The decisions open to a record, as buttons, each with its own dialog. */
export function DecisionButtons({ decisions, state }: { decisions: ReviewDecision[]; state: DecisionState }) {
  const [shown, setShown] = useState<{ key: string; open: boolean } | null>(null);
  // Kept while it closes, so the dialog does not empty mid-animation.
  const current = decisions.find((d) => d.key === shown?.key);
  return (
    <>
      <Space wrap>
        {decisions.map((d) => (
          <Button key={d.key} type={d.primary ? 'primary' : 'default'} danger={d.danger} onClick={() => setShown({ key: d.key, open: true })}>
            {d.label}
          </Button>
        ))}
      </Space>
      {current && <DecisionDialog decision={current} open={shown?.open ?? false} onClose={() => setShown((s) => s && { ...s, open: false })} state={state} />}
    </>
  );
}
