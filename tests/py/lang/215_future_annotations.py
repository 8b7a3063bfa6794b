# from __future__ import annotations: annotations are kept as text and never evaluated, so
# names defined later (or never) may appear in them; every __future__ feature imports.
from __future__ import annotations, print_function, division, generator_stop
import __future__


def f(x: Later, y: list[int], *rest: tuple[str, ...]) -> dict[str, Later]:
    return {}


class Node:
    value: int
    children: list[Node] = []

    def add(self, child: Node) -> Node:
        return self


print(f.__annotations__)
print(Node.__annotations__, Node.add.__annotations__)
print(__annotations__ if "__annotations__" in globals() else "no module annotations")
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(len(__future__.all_feature_names), __future__.print_function.compiler_flag)


class Later:
    pass
