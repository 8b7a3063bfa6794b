# typing: the aliases and special forms print as CPython writes them, subscripting checks
# what it must, Generic classes subscript, and annotations using them evaluate.
from typing import *
import typing
T = TypeVar('T'); K = TypeVar('K', bound=int)
print(List, List[int], Dict[str, int], Optional[int], Union[int, None], Union[int, str, None], Optional[Union[int, str]], Union[int])
print(Tuple[int, ...], Tuple[()], Tuple, Callable[[int, str], bool], Callable[..., int], Callable, Any, T, K, Type[int], Iterable[int], Literal['a', 1], ClassVar[int], Final[int])
print(List[T], Dict[K, List[T]], Set[int], FrozenSet[str], Deque[int], DefaultDict[str, int], Sequence[int], Mapping[str, int], Iterator[int], Generator[int, None, None])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box, Box[int], Box.__mro__, Box(3).v, Box[int](4).v)
UserId = NewType('UserId', int); print(UserId, UserId(5))
print(cast(int, 'x'), TYPE_CHECKING, Optional[int] == Union[int, None], List[int] == List[int], List[int] | None, int | List[int])
print(isinstance([], List), Union[int, str] | None, isinstance(3, Optional[int]), isinstance("s", Union[int, float]))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
Point = NamedTuple('Point', [('x', int), ('y', int)]); print(Point(1, 2))
print(typing.Optional, typing.Union)
print(Dict[str, 'Foo'])
def total(xs: List[int], scale: Optional[float] = None) -> Dict[str, int]:
    return {"sum": sum(xs) * (scale or 1)}
print(total([1, 2, 3]), total([1], 2))
def attempt(label, f):
    try:
        print(f())
    except TypeError as e:
        print(label, "->", e)
attempt("Any[int]", lambda: Any[int])
attempt("Callable[int, str]", lambda: Callable[int, str])
attempt("Union[()]", lambda: Union[()])
attempt("List[int, str]", lambda: List[int, str])
attempt("NoReturn[int]", lambda: NoReturn[int])
attempt("Any()", lambda: Any())
