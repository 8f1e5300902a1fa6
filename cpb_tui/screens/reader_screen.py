"""Reading one item: purpose, minutes, resolutions and report sections, stepping with n / p."""

from __future__ import annotations

from rich.markdown import Markdown
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from cpb_tui.messages import ItemLoaded, StoreFailed
from cpb_tui.models import Item, Meeting
from cpb_tui.render import item_blocks, item_heading, item_meta


class ReaderScreen(Screen[None]):
    """One item of a meeting, with the whole meeting a keypress away."""

    BINDINGS = [
        Binding("n", "step(1)", "Next item", id="next-item"),
        Binding("p", "step(-1)", "Previous item", id="previous-item"),
        Binding("escape", "back", "Back", id="back"),
    ]
    """Keys of the reader."""

    index: reactive[int] = reactive(0, init=False)
    """Which of the meeting's items is shown."""

    def __init__(self, meeting: Meeting, items: list[Item], index: int) -> None:
        super().__init__()
        self.meeting = meeting
        self.items = items
        self.set_reactive(ReaderScreen.index, index)
        self.shown_item_id: int | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="reader-title", classes="screen-title")
        yield Static("", id="reader-meta", classes="meta")
        yield VerticalScroll(id="reader-body")
        yield Footer()

    def on_mount(self) -> None:
        self.load_item()

    def watch_index(self) -> None:
        self.load_item()

    def action_step(self, delta: int) -> None:
        target = self.index + delta
        if 0 <= target < len(self.items):
            self.index = target
        else:
            self.notify("That is the last item." if delta > 0 else "That is the first item.", timeout=2)

    def action_back(self) -> None:
        from cpb_tui.screens.agenda_screen import AgendaScreen

        self.app.pop_screen()
        if isinstance(self.app.screen, AgendaScreen):
            self.app.screen.select_index(self.index)

    def load_item(self) -> None:
        item = self.items[self.index]
        self.query_one("#reader-title", Static).update(Text(f"{item.number}. {item.title}" if item.number else item.title))
        self.query_one("#reader-meta", Static).update(Text(f"Item {self.index + 1} of {len(self.items)}"))
        self.fetch_item(item.id)

    @work(thread=True, exclusive=True, group="store")
    def fetch_item(self, item_id: int) -> None:
        try:
            detail = self.app.with_store(lambda store: store.item_detail(item_id))
        except Exception as error:
            self.post_message(StoreFailed(str(error)))
            return
        if detail is not None:
            self.post_message(ItemLoaded(detail))

    @on(ItemLoaded)
    async def show_item(self, message: ItemLoaded) -> None:
        detail = message.detail
        if detail.item.id != self.items[self.index].id:
            return  # a slower load for an item the reader has already stepped past
        self.shown_item_id = detail.item.id
        self.query_one("#reader-title", Static).update(Text(item_heading(detail)))
        meta = item_meta(detail, self.meeting)
        self.query_one("#reader-meta", Static).update(Text(f"{meta}  \u00b7  item {self.index + 1} of {len(self.items)}"))
        body = self.query_one("#reader-body", VerticalScroll)
        await body.remove_children()
        widgets = []
        for title, markdown in item_blocks(detail):
            if title:
                widgets.append(Static(Text(title), classes="block-title"))
            widgets.append(Static(Markdown(markdown, hyperlinks=False), classes="block-body"))
        await body.mount_all(widgets)
        body.scroll_home(animate=False)

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        self.query_one("#reader-meta", Static).update(Text(f"Cannot read the store: {message.error}"))
