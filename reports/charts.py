"""Bar charts as inline SVG, drawn on the server: no chart library and no JavaScript.

A chart is a picture of a table that the page shows beside it, so the
chart itself carries only a title and a one-sentence description for
screen readers (`role="img"` with `<title>` and `<desc>`); the numbers are
read from the table. Bars run horizontally so that long labels (listing
titles) stay readable, and each series has its own colour and pattern
so that two series differ without relying on colour alone.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

LABEL_WIDTH = 190
BAR_AREA = 330
VALUE_WIDTH = 60
ROW_HEIGHT = 26
BAR_GAP = 4
TOP = 8
LEGEND_HEIGHT = 22
#: A label longer than this is shortened in the chart; the table beside it has it in full.
MAX_LABEL = 28


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: object
    text_x: float
    text_y: float
    series: int


@dataclass
class Row:
    label: str
    label_y: float
    bars: list


def _short(label):
    label = str(label)
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def _display(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def bar_chart(chart_id, title, labels, series):
    """The geometry of a horizontal bar chart.

    `series` is [(name, values)], one value per label; one series draws one
    bar per row, two draw a pair. Returns None when there is nothing to draw.
    """
    values = [float(value or 0) for _name, series_values in series for value in series_values]
    if not labels or not values:
        return None
    peak = max(values) or 1
    count = len(series)
    bar_height = (ROW_HEIGHT - BAR_GAP * 2) / count
    legend = count > 1
    top = TOP + (LEGEND_HEIGHT if legend else 0)
    rows = []
    for index, label in enumerate(labels):
        row_top = top + index * ROW_HEIGHT
        bars = []
        for number, (_name, series_values) in enumerate(series):
            value = series_values[index] or 0
            width = round(BAR_AREA * float(value) / peak, 1)
            y = row_top + BAR_GAP + number * bar_height
            bars.append(
                Bar(
                    x=LABEL_WIDTH,
                    y=round(y, 1),
                    width=width,
                    height=round(bar_height - 1, 1),
                    value=_display(value),
                    text_x=LABEL_WIDTH + width + 4,
                    text_y=round(y + bar_height / 2 + 4, 1),
                    series=number,
                )
            )
        rows.append(Row(label=_short(label), label_y=row_top + ROW_HEIGHT / 2 + 4, bars=bars))
    highest = max(range(len(labels)), key=lambda i: float(series[0][1][i] or 0))
    description = _("%(series)s: highest %(label)s, %(value)s. The table beside the chart has every figure.") % {
        "series": series[0][0],
        "label": labels[highest],
        "value": _display(series[0][1][highest] or 0),
    }
    return {
        "id": chart_id,
        "title": title,
        "description": description,
        "width": LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
        "height": top + len(labels) * ROW_HEIGHT + TOP,
        "label_x": LABEL_WIDTH - 6,
        "axis_x": LABEL_WIDTH,
        "axis_top": top,
        "axis_bottom": top + len(labels) * ROW_HEIGHT,
        "rows": rows,
        "legend": [{"name": name, "series": number, "x": 10 + number * 200} for number, (name, _v) in enumerate(series)]
        if legend
        else [],
    }
