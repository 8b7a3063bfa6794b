# collections.abc generics: the ABCs subscripted in annotations and at run time
# (Iterable[int], Mapping[str, list[int]], Callable[[int], str], Callable[..., T]), their
# __origin__ and __args__, equality, subclassing a subscripted ABC, and the TypeErrors
# for ABCs that take no parameters and for a malformed Callable.
from collections.abc import (Callable, Generator, Iterable, Iterator, KeysView, Mapping,
                             MutableSequence, Sequence, Sized)


def pairs(items: Iterable[tuple[str, int]]) -> Mapping[str, int]:
    return dict(items)


print(pairs.__annotations__)
print(pairs([("a", 1)]), Iterable[int], Mapping[str, list[int]], KeysView[str])
alias = Sequence[int]
print(alias.__origin__, alias.__args__, alias == Sequence[int], alias == Sequence[str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[[int], list[str]])
print(Callable[[int, str], bool].__args__, Callable[..., int].__args__)
print(Generator[int, None, str], Iterator[Callable[[int], int]], MutableSequence[bytes])


class Numbers(Iterable[int]):
    def __iter__(self):
        return iter([3, 1, 2])


print(sorted(Numbers()), Numbers.__mro__, isinstance(Numbers(), Iterable))

for bad in (lambda: Sized[int], lambda: Callable[int, str], lambda: Callable[int],
            lambda: Callable[[int], str, bool]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
