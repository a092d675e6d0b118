//! The computer's camera, for a caseworker's "Scan a client's code" (tools page only): start it
//! into a `<video>`, read QR codes from its frames, stop it. The browser's `BarcodeDetector` reads
//! where there is one (Chrome on Android and macOS, Edge); elsewhere — Chrome on Windows and Linux,
//! Firefox, Safari on macOS — a frame is drawn on a canvas and read by `skillpass_core::scan`.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream};

/// Why the camera did not start, as the page explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// No camera, or none the browser will give (no `mediaDevices`, nothing found, in use).
    NoCamera,
    /// The person (or a policy) refused the camera.
    Blocked,
}

thread_local! {
    /// The running camera, so leaving the page always stops it (the light goes off).
    static STREAM: RefCell<Option<MediaStream>> = const { RefCell::new(None) };
}

/// Asks for the camera (the back one on a tablet) and shows it in `video`.
pub async fn start(video: &HtmlVideoElement) -> Result<(), CameraError> {
    let devices = web_sys::window()
        .and_then(|w| w.navigator().media_devices().ok())
        .ok_or(CameraError::NoCamera)?;
    // `mediaDevices` exists but `getUserMedia` may not (an insecure origin): no camera then.
    if js_sys::Reflect::get(&devices, &"getUserMedia".into()).map_or(true, |f| f.is_undefined()) {
        return Err(CameraError::NoCamera);
    }
    let constraints = web_sys::MediaStreamConstraints::new();
    let video_wanted = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&video_wanted, &"facingMode".into(), &"environment".into());
    constraints.set_video(&video_wanted);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraError::NoCamera)?;
    let stream: MediaStream = JsFuture::from(promise)
        .await
        .map_err(|e| why(&e))?
        .unchecked_into();
    video.set_src_object(Some(&stream));
    STREAM.with(|s| *s.borrow_mut() = Some(stream));
    if let Ok(p) = video.play() {
        let _ = JsFuture::from(p).await;
    }
    Ok(())
}

fn why(e: &JsValue) -> CameraError {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraError::Blocked,
        _ => CameraError::NoCamera,
    }
}

/// Whether the camera runs (the reading loop stops when it does not).
pub fn running() -> bool {
    STREAM.with(|s| s.borrow().is_some())
}

/// Stops the camera, if it runs.
pub fn stop() {
    STREAM.with(|s| {
        if let Some(stream) = s.borrow_mut().take() {
            for t in stream.get_tracks().iter() {
                if let Ok(track) = t.dyn_into::<web_sys::MediaStreamTrack>() {
                    track.stop();
                }
            }
        }
    });
}

/// Reads codes from the camera's frames: the browser's detector if it has one for QR codes,
/// else our own decoder on a canvas copy of the frame.
pub struct Reader {
    detector: Option<JsValue>,
    canvas: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
}

/// The widest frame our own decoder reads: a 1280-pixel camera frame is scaled down to this,
/// which keeps a frame's decoding short on an old computer and is still 4 pixels a module for
/// the densest code a phone shows.
const MAX_WIDTH: u32 = 960;

impl Reader {
    pub fn new() -> Self {
        Reader {
            detector: detector(),
            canvas: None,
        }
    }

    /// Which reader runs ("browser" or "wasm"), for the page's test hook.
    pub fn kind(&self) -> &'static str {
        if self.detector.is_some() {
            "browser"
        } else {
            "wasm"
        }
    }

    /// The texts of the codes in the video's current frame (none while it has no picture yet).
    pub async fn read(&mut self, video: &HtmlVideoElement) -> Vec<String> {
        // HAVE_CURRENT_DATA: a frame to read.
        if video.ready_state() < 2 || video.video_width() == 0 {
            return Vec::new();
        }
        if let Some(d) = &self.detector {
            return detect(d, video).await;
        }
        let (w, h) = fit(video.video_width(), video.video_height());
        if self.canvas.is_none() {
            self.canvas = canvas();
        }
        let Some((canvas, ctx)) = &self.canvas else {
            return Vec::new();
        };
        canvas.set_width(w);
        canvas.set_height(h);
        if ctx
            .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w.into(), h.into())
            .is_err()
        {
            return Vec::new();
        }
        let Ok(data) = ctx.get_image_data(0.0, 0.0, w.into(), h.into()) else {
            return Vec::new();
        };
        let luma = skillpass_core::scan::luma_of_rgba(&data.data());
        skillpass_core::scan::read_luma(&luma, w as usize, h as usize)
    }
}

fn fit(w: u32, h: u32) -> (u32, u32) {
    if w <= MAX_WIDTH {
        (w, h)
    } else {
        (
            MAX_WIDTH,
            (u64::from(h) * u64::from(MAX_WIDTH) / u64::from(w)) as u32,
        )
    }
}

fn canvas() -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .unchecked_into();
    let options = js_sys::Object::new();
    // Read back every frame: tell the browser so it keeps the canvas in memory, not on the GPU.
    let _ = js_sys::Reflect::set(&options, &"willReadFrequently".into(), &true.into());
    let ctx = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .unchecked_into();
    Some((canvas, ctx))
}

/// `new BarcodeDetector({formats: ["qr_code"]})`, where the browser has one that reads QR codes.
fn detector() -> Option<JsValue> {
    let window = web_sys::window()?;
    let class: js_sys::Function = js_sys::Reflect::get(&window, &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    let formats = js_sys::Array::of1(&"qr_code".into());
    js_sys::Reflect::set(&options, &"formats".into(), &formats).ok()?;
    js_sys::Reflect::construct(&class, &js_sys::Array::of1(&options)).ok()
}

async fn detect(detector: &JsValue, video: &HtmlVideoElement) -> Vec<String> {
    let Some(detect) = js_sys::Reflect::get(detector, &"detect".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return Vec::new();
    };
    let Ok(promise) = detect.call1(detector, video) else {
        return Vec::new();
    };
    let Ok(found) = JsFuture::from(js_sys::Promise::resolve(&promise)).await else {
        return Vec::new();
    };
    js_sys::Array::from(&found)
        .iter()
        .filter_map(|code| {
            js_sys::Reflect::get(&code, &"rawValue".into())
                .ok()?
                .as_string()
        })
        .collect()
}

/// Waits `ms` milliseconds (between two frames).
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
