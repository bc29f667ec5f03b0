import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ why: { display: "block", color: tokens.colorNeutralForeground3 } });

/**
 * Why a button next to it cannot be pressed now, in words; the button points to it with
 * aria-describedby, so a screen reader says it too. Nothing when the button can be pressed.
 */
export function DisabledReason({ id, text }: { id: string; text: string | null }) {
  const s = useStyles();
  if (!text) return null;
  return (
    <Text id={id} size={200} className={s.why}>
      {text}
    </Text>
  );
}
