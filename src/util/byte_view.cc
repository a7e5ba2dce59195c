// ByteView (see byte_view.h).
#include "util/byte_view.h"

namespace rt {

ByteView::ByteView(v8::Local<v8::Value> value, bool writable) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    size_ = view->ByteLength();
    if (!writable && !view->HasBuffer() && size_ <= sizeof(stack_)) {
      view->CopyContents(stack_, size_);
      data_ = stack_;
    } else {
      data_ = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    }
  } else if (value->IsArrayBuffer()) {
    data_ = static_cast<uint8_t*>(value.As<v8::ArrayBuffer>()->Data());
    size_ = value.As<v8::ArrayBuffer>()->ByteLength();
  } else if (value->IsSharedArrayBuffer()) {
    data_ = static_cast<uint8_t*>(value.As<v8::SharedArrayBuffer>()->Data());
    size_ = value.As<v8::SharedArrayBuffer>()->ByteLength();
  }
  if (data_ == nullptr) data_ = stack_;
}

}  // namespace rt
