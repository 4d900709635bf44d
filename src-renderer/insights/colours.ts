/** Chart colours from the theme's variables, so charts follow light and dark mode. */

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim()
  return value || fallback
}

/** The colours the charts use, read once when the screen opens. */
export function chartColours() {
  const accent = cssVar('--accent', '#3358d4')
  return {
    text: cssVar('--text-muted', '#5b6270'),
    grid: cssVar('--border', '#dcdfe6'),
    series: [
      accent,
      cssVar('--accent-strong', '#2643a8'),
      cssVar('--success', '#1f7a3f'),
      cssVar('--danger', '#b42318'),
    ],
    onTime: cssVar('--success', '#1f7a3f'),
    late: cssVar('--danger', '#b42318'),
  }
}
