"""The shape of the code, held: small modules and functions, no import cycles in the apps, and
indicators never importing reports (DESIGN.md). Imports inside functions count too: they were
how cycles used to hide."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["planwatch", "indicators", "reports", "api", "bench", "scripts"]
MODULE_LINES = 400
FUNCTION_LINES = 60
# A task module and the service that enqueues it may refer to each other (STYLE.md).
TASK_PAIRS = {
    frozenset({"reports.services", "reports.tasks"}),
    frozenset({"indicators.exports.figures_download", "indicators.tasks"}),
}


def sources():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(tree, known):
    """The project modules a module imports, anywhere in it."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {name for name in names if name in known}
    return found


def import_graph():
    trees = {module_name(path): ast.parse(path.read_text()) for path in sources()}
    return {name: imported_modules(tree, trees) - {name} for name, tree in trees.items()}


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_module_is_longer_than_400_lines():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in sources()
        if (lines := len(path.read_text().splitlines())) > MODULE_LINES
    }
    assert long == {}


def test_no_function_is_longer_than_60_lines():
    long = {}
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT)}:{node.name}"] = lines
    assert long == {}


def test_the_apps_import_each_other_without_cycles():
    assert [set(c) for c in cycles(import_graph()) if c not in TASK_PAIRS] == []


def test_indicators_never_imports_reports_nor_the_bench():
    graph = import_graph()
    crossing = {
        module: sorted(t for t in targets if t.startswith(("reports", "bench")))
        for module, targets in graph.items()
        if module.startswith("indicators")
    }
    assert {module: targets for module, targets in crossing.items() if targets} == {}
