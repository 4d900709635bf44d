// Tests run the rules for any region without the app's start-up: load every country's public
// holidays first, as the app loads the user's before the rules run (src-shared/rules/holidayData).
import regions from 'virtual:holiday-regions'
import { loadHolidays } from '../../src-shared/rules/holidayData'

await Promise.all(Object.keys(regions).map((country) => loadHolidays(country)))
