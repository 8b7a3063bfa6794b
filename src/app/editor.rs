//! The CodeMirror editor (bundled from `editor/` at build time) as a yew component: it
//! owns the document while the user types, and shows where each process is and the line of
//! the last error.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::prelude::*;

#[wasm_bindgen(module = "/editor/dist/editor.js")]
extern "C" {
    #[wasm_bindgen(js_name = createEditor)]
    fn create_editor(parent: &HtmlElement, doc: &str, on_change: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = editorSetDoc)]
    fn editor_set_doc(handle: &JsValue, text: &str);
    #[wasm_bindgen(js_name = editorSetMarkers)]
    fn editor_set_markers(handle: &JsValue, markers_json: &str);
    #[wasm_bindgen(js_name = editorSetError)]
    fn editor_set_error(handle: &JsValue, line: u32, message: &str);
}

/// A process's marker: its line, color and label.
#[derive(Clone, PartialEq)]
pub struct Marker {
    pub line: u32,
    pub color: String,
    pub label: String,
}

/// (line, message) of an error.
pub type LineError = (u32, String);

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// Replaces the document when it changes (a lesson was loaded, the API set code).
    pub doc: AttrValue,
    /// Bumped with every replacement, so loading the same text twice still resets edits.
    pub doc_version: u32,
    pub markers: Vec<Marker>,
    /// (line, message) of the error to underline.
    pub error: Option<LineError>,
    pub on_change: Callback<String>,
}

pub struct Editor {
    parent: NodeRef,
    handle: Option<JsValue>,
    _on_change: Option<Closure<dyn Fn(String)>>,
    /// What the editor shows now: each change is a transaction that measures the page's
    /// layout, so what is unchanged is not sent again.
    shown_markers: Option<Vec<Marker>>,
    shown_error: Option<Option<LineError>>,
}

impl Component for Editor {
    type Message = ();
    type Properties = EditorProps;

    fn create(_ctx: &Context<Self>) -> Self {
        Editor {
            parent: NodeRef::default(),
            handle: None,
            _on_change: None,
            shown_markers: None,
            shown_error: None,
        }
    }

    fn view(&self, _ctx: &Context<Self>) -> Html {
        html! { <div class="editor" data-testid="editor" ref={self.parent.clone()}></div> }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first: bool) {
        if first {
            let Some(parent) = self.parent.cast::<HtmlElement>() else {
                return;
            };
            let cb = ctx.props().on_change.clone();
            let closure = Closure::<dyn Fn(String)>::new(move |text| cb.emit(text));
            self.handle = Some(create_editor(&parent, &ctx.props().doc, closure.as_ref()));
            self._on_change = Some(closure);
        }
        self.show(ctx.props());
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &EditorProps) -> bool {
        if let Some(h) = &self.handle {
            if old.doc_version != ctx.props().doc_version {
                editor_set_doc(h, &ctx.props().doc);
                // Setting the text clears the markers and the error.
                self.shown_markers = None;
                self.shown_error = None;
            }
        }
        self.show(ctx.props());
        false
    }
}

impl Editor {
    fn show(&mut self, props: &EditorProps) {
        let Some(h) = &self.handle else { return };
        if self.shown_markers.as_ref() != Some(&props.markers) {
            self.shown_markers = Some(props.markers.clone());
            let markers: Vec<serde_json::Value> = props
                .markers
                .iter()
                .map(|m| serde_json::json!({"line": m.line, "color": m.color, "label": m.label}))
                .collect();
            editor_set_markers(h, &serde_json::Value::Array(markers).to_string());
        }
        if self.shown_error.as_ref() != Some(&props.error) {
            self.shown_error = Some(props.error.clone());
            match &props.error {
                Some((line, message)) => editor_set_error(h, *line, message),
                None => editor_set_error(h, 0, ""),
            }
        }
    }
}
