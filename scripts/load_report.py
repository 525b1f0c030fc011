"""The load run's checks and numbers (used by scripts/loadtest.py): every write that was
answered as saved is stored with its history row, and what was answered in each phase."""

import json
import statistics
from pathlib import Path

from load_outages import NORMAL, OUTAGE, RECOVERED, RECOVERING


def verify(run, tally, writers):
    """For each writer: its saves answered as done, which of them are stored (value as written,
    by its writer) with a history row, and how many saves answered as failed were stored all the
    same (not lost, but the writer was told otherwise)."""
    from django.db import connections

    from indicators.models import Figure

    connections.close_all()  # this process's connection may have died with a restart
    checked = {}
    for number, user in writers.items():
        values, refused = tally.written[number], tally.refused[number]
        mine = Figure.objects.filter(entered_by=user)
        stored = set(mine.filter(value_text__in=values).values_list("value_text", flat=True))
        history = set(
            Figure.history.filter(
                history_change_reason=f"loadtest {run} writer {number}", value_text__in=values
            ).values_list("value_text", flat=True)
        )
        checked[number] = {
            "saved": len(values),
            "found": len(stored),
            "history rows": len(history),
            "lost": sorted(set(values) - (stored & history))[:10],
            "lost_count": len(set(values) - (stored & history)),
            "failed": len(refused),
            "failed but stored": mine.filter(value_text__in=refused).count(),
        }
    return checked


def percentile(ordered, share):
    return ordered[max(0, -(-len(ordered) * share // 100) - 1)]


def summary(tally, duration):
    kinds = {}
    for kind, samples in sorted(tally.latencies.items()):
        ordered = sorted(samples)
        kinds[kind] = {
            "requests": len(samples),
            "per_s": round(len(samples) / duration, 1),
            "p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(percentile(ordered, 95), 1),
            "max_ms": round(ordered[-1], 1),
            "errors": len(tally.errors.get(kind, [])),
        }
    everything = sorted(s for samples in tally.latencies.values() for s in samples)
    total = {
        "requests": len(everything),
        "per_s": round(len(everything) / duration, 1),
        "p50_ms": round(statistics.median(everything), 1) if everything else None,
        "p95_ms": round(percentile(everything, 95), 1) if everything else None,
        "errors": sum(len(e) for e in tally.errors.values()),
    }
    return kinds, total


def phases(tally):
    """{phase: {"requests", "p50_ms", "p95_ms", "errors", "outcomes": {status or exception: n}}}."""
    by_phase = {}
    for phase in (NORMAL, OUTAGE, RECOVERING, RECOVERED):
        if phase not in tally.outcomes:
            continue
        outcomes = tally.outcomes[phase]
        ordered = sorted(tally.phase_latencies[phase])
        by_phase[phase] = {
            "requests": sum(outcomes.values()),
            "p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(percentile(ordered, 95), 1),
            "errors": len(tally.phase_errors.get(phase, [])),
            "outcomes": dict(sorted(outcomes.items())),
        }
    return by_phase


def failures(total, by_phase, written, timeline):
    """Why the run fails, if it does: a lost write; an error before an outage or after the
    seconds of recovery that follow it; a 500 anywhere (a database that is down is answered
    503, a cache that is down not at all); an outage that could not be staged."""
    reasons = [
        f"{w['lost_count']} lost writes of writer {n}"
        for n, w in written.items()
        if w["lost_count"]
    ]
    for phase, numbers in by_phase.items():
        if phase not in (OUTAGE, RECOVERING) and numbers["errors"]:
            reasons.append(f"{numbers['errors']} errors in the {phase} phase")
        if numbers["outcomes"].get("500"):
            reasons.append(f"{numbers['outcomes']['500']} responses 500 in the {phase} phase")
    reasons += timeline.failures
    if not total["requests"]:
        reasons.append("no request was made")
    return reasons


def print_report(kinds, total, tally, written, elapsed, outages, by_phase):
    print(f"\n{'kind':<12} {'requests':>9} {'per s':>7} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'max ms':>8} {'errors':>7}")  # fmt: skip
    for kind, numbers in [*kinds.items(), ("all", total)]:
        print(
            f"{kind:<12} {numbers['requests']:>9} {numbers['per_s']:>7} {numbers['p50_ms']:>8} "
            f"{numbers['p95_ms']:>8} {numbers.get('max_ms', ''):>8} {numbers['errors']:>7}"
        )
    for name, began, lasted in outages:
        print(f"outage: {name}, from {began} s, over after {lasted} s")
    for phase, numbers in by_phase.items():
        print(
            f"phase {phase}: {numbers['requests']} responses, p50 {numbers['p50_ms']} ms, "
            f"p95 {numbers['p95_ms']} ms, {numbers['errors']} errors, {numbers['outcomes']}"
        )
        if numbers["errors"]:
            print(f"  first 5: {tally.phase_errors[phase][:5]}")
    for number, check in written.items():
        print(
            f"writer {number}: {check['saved']} edits saved, {check['found']} found in the "
            f"database, {check['history rows']} with their history row; {check['failed']} "
            f"saves failed, {check['failed but stored']} of them stored all the same"
            + (f", LOST {check['lost']}" if check["lost"] else "")
        )
    lost = sum(check["lost_count"] for check in written.values())
    print(f"Lost writes: {lost}. Elapsed {elapsed:.1f} s.")


def write_json(path, numbers):
    Path(path).write_text(json.dumps(numbers, ensure_ascii=False, indent=2), encoding="utf-8")
