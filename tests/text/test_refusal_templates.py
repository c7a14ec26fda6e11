"""Every deliberate refusal can be said in the reader's language: a ``Refusal`` (or a subclass)
is made with a template marked ``QT_TRANSLATE_NOOP("refusal", ...)``, never with an f-string
or a sentence built on the spot, which pyside6-lupdate cannot collect and
``core.text.render.refusal_text`` could only print in English.

The scan reads the source (core/, ui/, main.py): for each ``X(...)`` of a Refusal class,
raised or made to be raised later, the message argument (``ScenarioError``'s second, the
others' first) must be

- a ``QT_TRANSLATE_NOOP("refusal", ...)`` call;
- a name bound to one: a module constant (``NO_VOTES``), imported from where it is bound,
  a local variable assigned one in each branch, the target of a loop over literal tuples
  holding them, or a parameter of a function whose every caller passes one
  (``parse_name(text, QT_TRANSLATE_NOOP(...))``);
- ``e.template``: an existing refusal said again (with its ``**e.values``).

Re-raising (``raise``, ``raise e``, ``raise why``) makes no new message and is allowed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "ui").rglob("*.py"),
                  ROOT / "main.py"])
MARK = "QT_TRANSLATE_NOOP"


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in SOURCES}


def _refusal_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Refusal and every class deriving from it, by name, to any depth."""
    names = {"Refusal"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (isinstance(node, ast.ClassDef) and node.name not in names
                        and any(_name(base) in names for base in node.bases)):
                    names.add(node.name)
                    grew = True
    return names


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else (
        node.attr if isinstance(node, ast.Attribute) else None)


def _marked_call(node: ast.expr | None) -> bool:
    return (isinstance(node, ast.Call) and _name(node.func) == MARK and len(node.args) == 2
            and isinstance(node.args[0], ast.Constant) and node.args[0].value == "refusal"
            and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str))


def _parents(tree: ast.Module) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}


class _Binding:
    """Where a name gets its value, in one module: is it always a marked template?"""

    def __init__(self, trees: dict[Path, ast.Module]) -> None:
        self.trees = trees
        self.constants = {path: self._marked_constants(tree) for path, tree in trees.items()}
        self.calls = [node for tree in trees.values() for node in ast.walk(tree)
                      if isinstance(node, ast.Call)]

    @staticmethod
    def _marked_constants(tree: ast.Module) -> set[str]:
        """Names assigned a marked template at module level, or imported (checked where they
        are bound: see ``imported_ok``)."""
        out = set()
        for node in tree.body:
            if isinstance(node, ast.Assign) and _marked_call(node.value):
                out.update(t.id for t in node.targets if isinstance(t, ast.Name))
        return out

    def imported_ok(self, tree: ast.Module, name: str) -> bool:
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (alias.asname or alias.name) == name:
                        module = ROOT / Path(*node.module.split("."))
                        source = module.with_suffix(".py")
                        if source not in self.constants:
                            source = module / "__init__.py"
                        return alias.name in self.constants.get(source, set())
        return False

    def ok(self, path: Path, node: ast.expr, parents: dict[ast.AST, ast.AST]) -> bool:
        if _marked_call(node):
            return True
        if isinstance(node, ast.Attribute) and node.attr == "template":
            return True  # an existing refusal said again
        if not isinstance(node, ast.Name):
            return False
        name = node.id
        if name in self.constants[path] or self.imported_ok(self.trees[path], name):
            return True
        function = _enclosing_function(node, parents)
        return function is not None and (self._local_ok(function, name)
                                         or self._loop_ok(function, name)
                                         or self._parameter_ok(function, name))

    @staticmethod
    def _local_ok(function: ast.FunctionDef, name: str) -> bool:
        """A local variable every assignment of which is a marked template (one per branch)."""
        values = [node.value for node in ast.walk(function) if isinstance(node, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)]
        return bool(values) and all(_marked_call(v) for v in values)

    @staticmethod
    def _loop_ok(function: ast.FunctionDef, name: str) -> bool:
        """``for a, b, name in ((..., MARKED), ...)``: every row marks that place."""
        for node in ast.walk(function):
            if (isinstance(node, ast.For) and isinstance(node.target, ast.Tuple)
                    and isinstance(node.iter, ast.Tuple | ast.List)):
                places = [i for i, t in enumerate(node.target.elts)
                          if isinstance(t, ast.Name) and t.id == name]
                if places and all(isinstance(row, ast.Tuple) and _marked_call(row.elts[places[0]])
                                  for row in node.iter.elts):
                    return True
        return False

    def _parameter_ok(self, function: ast.FunctionDef, name: str) -> bool:
        """A parameter every call of the function fills with a marked template (or leaves
        out, when its default is None: no refusal then)."""
        args = function.args
        positional = [a.arg for a in (*args.posonlyargs, *args.args)]
        if name not in positional and name not in [a.arg for a in args.kwonlyargs]:
            return False
        index = positional.index(name) if name in positional else None
        if index is not None and positional and positional[0] in ("self", "cls"):
            index -= 1
        calls = [c for c in self.calls if _name(c.func) == function.name]
        for call in calls:
            given = [k.value for k in call.keywords if k.arg == name]
            if index is not None and index < len(call.args):
                given.append(call.args[index])
            if given and not _marked_call(given[0]):
                return False
        return bool(calls)


def _enclosing_function(node: ast.AST, parents: dict[ast.AST, ast.AST]
                        ) -> ast.FunctionDef | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


def _refusal_messages(trees: dict[Path, ast.Module]
                      ) -> Iterator[tuple[Path, ast.Call, ast.expr | None]]:
    """(file, call, message argument) of every ``SomeRefusal(...)``, raised or kept (a
    refusal made to be raised later, or said where it is shown)."""
    classes = _refusal_classes(trees)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in classes:
                where = 1 if _name(node.func) == "ScenarioError" else 0
                yield path, node, node.args[where] if len(node.args) > where else None


def test_every_refusal_is_raised_with_a_marked_template() -> None:
    trees = _trees()
    binding = _Binding(trees)
    parents = {path: _parents(tree) for path, tree in trees.items()}
    plain = [f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(message or node)[:90]}"
             for path, node, message in _refusal_messages(trees)
             if message is None or not binding.ok(path, message, parents[path])]
    assert not plain, ("refusals raised with text that cannot be translated (mark a template: "
                       "QT_TRANSLATE_NOOP(\"refusal\", \"... {value} ...\"), value=...):\n"
                       + "\n".join(plain))


@pytest.mark.parametrize("source", [
    'raise Refusal(f"{x}: no such option")',
    'raise ScenarioError("parties", "expected at least one party")',
    'raise AllocationError("a " + "b")',
    'raise EditError(render(why))',
])
def test_the_scan_finds_a_plain_message(source: str) -> None:
    # The test above can fail: a plain or built message is found, a marked one is not.
    tree = ast.parse(f"def f(x, why):\n    {source}\n")
    trees = {ROOT / "core" / "example.py": tree, **_trees()}
    binding = _Binding(trees)
    found = [m for p, _, m in _refusal_messages(trees) if p == ROOT / "core" / "example.py"]
    assert found
    assert not binding.ok(ROOT / "core" / "example.py", found[0], _parents(tree))
    marked = ast.parse('raise Refusal(QT_TRANSLATE_NOOP("refusal", "{x}: no such option"), x=x)')
    call = marked.body[0].exc  # type: ignore[attr-defined]
    assert binding.ok(ROOT / "core" / "example.py", call.args[0], _parents(marked))
