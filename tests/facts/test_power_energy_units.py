"""Power in watts (W) and energy in watt-hours (Wh): national totals are metrics (installed capacity,
capacity added, battery and module output, electricity used or generated); one product's or one
machine's rating, a quota per unit and a price per kWh are not (issue #4, "other base units")."""
from __future__ import annotations

import pytest

from scrapers.facts.units import find_quantities
from tests.facts.metric_helpers import metrics, time_of


def _power(text: str, lang: str):
    return [m for m in metrics(text, lang) if m.unit in ("W", "Wh")]


# --- units: the value in base units --------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, unit", [
    ("装机容量约34亿千瓦", "zh", 3.4e12, "W"),
    ("风电装机5000万千瓦", "zh", 5e10, "W"),
    ("海上风电1.2万兆瓦", "zh", 1.2e10, "W"),
    ("新增装机3吉瓦", "zh", 3e9, "W"),
    ("产量超过940GWh", "zh", 9.4e11, "Wh"),
    ("组件产量达到400 GW", "zh", 4e11, "W"),
    ("用电量9.8万亿千瓦时", "zh", 9.8e15, "Wh"),
    ("用电量1000亿度电", "zh", 1e14, "Wh"),
    ("全年用电量9.2万亿度", "zh", 9.2e15, "Wh"),
    ("储能电站50兆瓦时", "zh", 5e7, "Wh"),
    ("电池产量120kWH", "zh", 1.2e5, "Wh"),     # (the Latin symbols in any case)
    ("组件产量5 GW", "zh", 5e9, "W"),
    ("China added 180 gigawatts of solar", "en", 1.8e11, "W"),
    ("capacity reached 3.4 billion kilowatts", "en", 3.4e12, "W"),
    ("it added 180GW of solar", "en", 1.8e11, "W"),
    ("output was 940 GWh", "en", 9.4e11, "Wh"),
    ("demand of 7,410 TWh", "en", 7.41e15, "Wh"),
    ("storage of 3 megawatt-hours", "en", 3e6, "Wh"),
    ("sites of 5 MW", "en", 5e6, "W"),
    ("about 2 terawatt hours", "en", 2e12, "Wh"),
])
def test_power_and_energy_read_in_base_units(text, lang, value, unit):
    found = [q for q in find_quantities(text, lang) if q.unit in ("W", "Wh")]
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize("text, lang", [
    ("气温达到30度", "zh"),                 # a temperature, no 度 of electricity
    ("再度扩大", "zh"),
    ("建设百万千瓦级核电机组", "zh"),        # a class by size, as 万亿级 is
    ("建成±800千伏特高压直流输电工程", "zh"),  # a voltage, not power
    ("1,000-kV lines and ±800 kV links", "en"),
    ("5G base stations and 5g phones", "en"),
    ("a 16-megawatt offshore turbine", "en"),  # (hyphenated: a bare number, the hyphen rule's)
])
def test_no_power_unit_where_none_is_written(text, lang):
    assert not [q for q in find_quantities(text, lang) if q.unit in ("W", "Wh")]


# --- national totals: metrics with their measure, time and key ---------------------------------
@pytest.mark.parametrize("text, lang, value, unit, measure, key", [
    ("截至9月底，全国累计发电装机容量约34亿千瓦，同比增长14.5%。", "zh", 3.4e12, "W", "level", "power_generation_capacity"),
    ("By the end of September, the country's installed power generation capacity reached 3.4 billion kilowatts.",
     "en", 3.4e12, "W", "level", "power_generation_capacity"),
    ("1-9月，全国新增光伏装机1.8亿千瓦。", "zh", 1.8e11, "W", "additions", "solar_power_capacity"),
    ("China added 180 gigawatts of solar capacity in the first nine months.", "en", 1.8e11, "W", "additions",
     "solar_power_capacity"),
    ("预计2025年，全国新增风电装机容量将达到8000万千瓦以上。", "zh", 8e10, "W", "additions", "wind_power_capacity"),
    ("上半年，全国锂电池总产量超过940GWh，同比增长24%。", "zh", 9.4e11, "Wh", "level", "lithium_battery_output"),
    ("China's lithium battery output exceeded 940 GWh in the first half.", "en", 9.4e11, "Wh", "level",
     "lithium_battery_output"),
    ("1-9月，全社会用电量累计74094亿千瓦时，同比增长8.9%。", "zh", 7.4094e15, "Wh", "level", "electricity_consumption"),
    ("Total electricity consumption reached 7,410 TWh in the first three quarters.", "en", 7.41e15, "Wh", "level",
     "electricity_consumption"),
    ("1—8月，规模以上工业发电量59453亿千瓦时，同比增长5.7%。", "zh", 5.9453e15, "Wh", "level", "power_generation"),
    ("今年前三季度，全国光伏组件产量达到400GW。", "zh", 4e11, "W", "level", "pv_module_output"),
    ("2023年，全国太阳能电池产量5.4亿千瓦，同比增长54%。", "zh", 5.4e11, "W", "level", "solar_cell_output"),
    # (near-misses of lithium_battery_output: a kind of lithium battery is its own row, not the total)
    ("上半年，储能型锂电池产量超过110GWh。", "zh", 1.1e11, "Wh", "level", "energy_storage_battery_output"),
    ("上半年，动力型锂电池产量超过500GWh。", "zh", 5e11, "Wh", "level", "power_battery_output"),
    ("Energy storage battery output exceeded 110 GWh in the first half.", "en", 1.1e11, "Wh", "level",
     "energy_storage_battery_output"),
])
def test_national_totals_are_metrics(text, lang, value, unit, measure, key):
    found = _power(text, lang)
    assert [(m.value, m.unit, m.measure, m.metric_key) for m in found] == [(pytest.approx(value), unit, measure, key)]


@pytest.mark.parametrize("text, lang, period", [
    # energy over a span is a flow: the span, as the growth beside it has
    ("1-9月，全社会用电量累计74094亿千瓦时，同比增长8.9%。", "zh", "2024-01/2024-09"),
    ("Total electricity consumption reached 7,410 TWh in the first three quarters.", "en", "2024-01/2024-09"),
    ("1—8月，规模以上工业发电量59453亿千瓦时。", "zh", "2024-01/2024-08"),
])
def test_energy_used_or_generated_is_a_flow(text, lang, period):
    (m,) = _power(text, lang)
    assert time_of(m) == period


def test_stored_energy_is_a_stock():
    # (near-miss: installed storage in Wh stands at a date, as installed capacity in W does)
    (m,) = _power("截至6月底，全国新型储能装机规模达到9906万千瓦时。", "zh")
    assert time_of(m) == "2024-06"


def test_capacity_standing_is_a_stock():
    (m,) = _power("截至9月底，全国累计发电装机容量约34亿千瓦。", "zh")
    assert time_of(m) == "2024-09"


# --- distractors: ratings, quotas per unit, prices and voltages ------------------------------------
@pytest.mark.parametrize("text, lang", [
    # one product's or one machine's rating
    ("The company unveiled a 16-megawatt offshore turbine.", "en"),
    ("The company unveiled a 16 MW offshore turbine.", "en"),
    ("It launched a 1,200-kW charger.", "en"),
    ("It launched a 1,200 kW charger for heavy trucks.", "en"),
    ("The car has a 100-kWh battery pack.", "en"),
    ("The sedan comes with a 100 kWh battery pack.", "en"),
    ("Each 480 kW charger serves two trucks.", "en"),
    ("The charger has a charging power of up to 600 kW.", "en"),
    ("Its rated power is 480 kW.", "en"),
    ("数据中心单机柜功率密度超过30千瓦。", "zh"),
    ("该风机单机容量达到16兆瓦。", "zh"),
    ("充电桩额定功率为480千瓦。", "zh"),
    ("超充桩最大充电功率达600千瓦。", "zh"),
    # a quota per unit of output
    ("Plants must use no more than 2,800 kilowatt-hours of electricity per ton of aluminium.", "en"),
    ("Power use fell to 13,000 kWh/t in the smelters.", "en"),
    ("电解铝企业每吨铝液交流电耗不高于13000千瓦时。", "zh"),
    ("吨钢综合能耗低于500千瓦时/吨。", "zh"),
    ("数据中心每机架耗电不超过8000千瓦时。", "zh"),
    # a price per kWh, a voltage
    ("Power was sold at 0.3 yuan per kWh.", "en"),
    ("上网电价为0.3元/千瓦时。", "zh"),
    ("建成±800千伏特高压直流输电工程。", "zh"),
    ("建设百万千瓦级核电机组。", "zh"),
])
def test_ratings_quotas_prices_and_voltages_are_no_power_metric(text, lang):
    assert _power(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    # near-misses of the distractors: totals that must stay
    ("China added a record 217 GW of solar in 2023.", "en"),           # "a record", not "a" one item
    ("The country will add a further 20 GW of wind capacity this year.", "en"),
    ("Module makers can produce 200 GW per year.", "en"),              # per a time: a rate, no quota
    ("我国每年新增光伏装机超过2亿千瓦。", "zh"),                          # 每年: a rate in time
    ("全国充电设施总功率达到3000万千瓦。", "zh"),                          # 总功率: a total
])
def test_totals_near_the_distractors_stay(text, lang):
    assert len(_power(text, lang)) == 1
