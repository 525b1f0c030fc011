"""Progress against time (序时进度) of plan targets: pure functions on plain data, no database.

Modules, each importing only those above it:

- `statuses`: the verdict codes (achieved, ahead, on_schedule, behind, …) and their labels;
- `periods`: the periods figures cover, the as-of date, a plan's terms, time progress;
- `goal_wording`: the plan words around a target's number (年均, 累计, 〔 〕, 新增, 提高到);
- `goals`: `read_goal`, a plan target as a typed `Goal` (average growth, cumulative change,
  addition, level, ceiling, floor, budget);
- `observations`: result figures read as numbers and put together over a plan's years;
- `formulas`: the arithmetic — logarithmic and linear progress, rates still needed — with
  its sources;
- `explanations`: the one-line wording of a verdict;
- `verdicts`: `Progress`, the case it is reached on, and the verdict rules;
- `bounds`, `changes`, `levels`, `in_year`: progress of each kind of goal;
- `calculation`: `plan_progress` and `year_progress`, the entry points.
"""
