"""The target-expression language and judging: pure functions on plain data, no database.

Reading and judging flow down this package, each module importing only those above it:

- `language`: the kinds of expression and `Expression`, a target or result as read;
- `statuses`: the verdict codes stored on assessments and their labels;
- `units`: numbers written with multipliers (万, 亿) read in an indicator's unit;
- `parsing`: `parse`, from text as reports write it to an `Expression`;
- `verdicts`: `Assessment` and the wording of its explanation;
- `judging`: `assess`, a result against a target, with the rules written out.

Scripts use `indicators.expressions`, which re-exports the public names from here.
"""
