/**
 * DateField and TimeField: a field in the user's formats for a date (`2026-03-04`) or a time of
 * day (`14:30`), read as typed, with the browser's picker on a button; the v-model stays ISO,
 * or empty. Both are WhenField for one kind, which holds the whole of their behaviour.
 */
import { h, type FunctionalComponent } from 'vue'
import WhenField from './WhenField.vue'

type WhenProps = Omit<InstanceType<typeof WhenField>['$props'], 'kind'>

function fieldOf(kind: 'date' | 'time', name: string): FunctionalComponent<WhenProps> {
  // Declaring no props passes everything (v-model, error, @commit) on to WhenField as it came.
  const field: FunctionalComponent<WhenProps> = (props) => h(WhenField, { ...props, kind })
  // …and nothing a second time: the spread above has them all.
  field.inheritAttrs = false
  field.displayName = name
  return field
}

/** A date field in the user's formats: "04/03/2026" in Britain, "3/4/2026" in the US. */
export const DateField = fieldOf('date', 'DateField')

/** A time field on the user's clock: "14:30" in Britain, "2:30 PM" in the US. */
export const TimeField = fieldOf('time', 'TimeField')
