// The `encoding_binding` binding behind TextEncoder and TextDecoder
// (lib/internal/encoding.js): UTF-8 encoding into new or given Uint8Arrays, the
// one-shot UTF-8 and Latin-1 decoders, and `Converter`, a streaming ICU decoder for
// every other case (UTF-8 and UTF-16 streams, legacy single- and multi-byte encodings).
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <string.h>

#include <memory>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/base_object.h"
#include "runtime/environment.h"
#include "util/encoding.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::ArrayBuffer;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::Uint8Array;
using v8::Value;

// Flags shared with lib/internal/encoding.js.
enum ConverterFlags { kFlush = 0x1, kFatal = 0x2, kIgnoreBom = 0x4 };

// The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView (lib/ checks the type).
struct InputBytes {
  explicit InputBytes(Local<Value> value) {
    if (value->IsArrayBufferView()) {
      Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
      length = view->ByteLength();
      if (length > 0) {
        data = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
      }
    } else if (value->IsArrayBuffer()) {
      length = value.As<ArrayBuffer>()->ByteLength();
      data = static_cast<const uint8_t*>(value.As<ArrayBuffer>()->Data());
    } else if (value->IsSharedArrayBuffer()) {
      length = value.As<v8::SharedArrayBuffer>()->ByteLength();
      data = static_cast<const uint8_t*>(value.As<v8::SharedArrayBuffer>()->Data());
    }
    if (data == nullptr) length = 0;
  }
  const uint8_t* data = nullptr;
  size_t length = 0;
};

// encodeUtf8String(string) -> Uint8Array over a new ArrayBuffer of exactly its UTF-8
// bytes (lone surrogates become U+FFFD).
void EncodeUtf8String(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<String> str = args[0].As<String>();
  size_t length = static_cast<size_t>(str->Utf8Length(isolate));
  std::unique_ptr<v8::BackingStore> store = ArrayBuffer::NewBackingStore(isolate, length);
  if (length > 0) {
    str->WriteUtf8(isolate, static_cast<char*>(store->Data()), static_cast<int>(length), nullptr,
                   String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  }
  Local<ArrayBuffer> buffer = ArrayBuffer::New(isolate, std::move(store));
  args.GetReturnValue().Set(Uint8Array::New(buffer, 0, length));
}

// encodeInto(string, dest, results: Uint32Array[2]): writes as many whole characters
// as fit and stores [UTF-16 units read, bytes written].
void EncodeInto(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<String> str = args[0].As<String>();
  Local<Uint8Array> dest = args[1].As<Uint8Array>();
  Local<v8::Uint32Array> results = args[2].As<v8::Uint32Array>();
  uint32_t* out = reinterpret_cast<uint32_t*>(static_cast<uint8_t*>(results->Buffer()->Data()) +
                                              results->ByteOffset());
  size_t capacity = dest->ByteLength();
  if (capacity == 0 || str->Length() == 0) {
    out[0] = out[1] = 0;
    return;
  }
  char* data = static_cast<char*>(dest->Buffer()->Data()) + dest->ByteOffset();
  int read = 0;  // In UTF-16 units.
  int written =
      str->WriteUtf8(isolate, data, static_cast<int>(std::min<size_t>(capacity, INT32_MAX)), &read,
                     String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  out[0] = static_cast<uint32_t>(read);
  out[1] = static_cast<uint32_t>(written);
}

// decodeUtf8(input, ignoreBOM, fatal) -> string, or undefined when fatal and the
// input is not valid UTF-8. Invalid sequences become U+FFFD as the WHATWG decoder does.
void DecodeUtf8(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  InputBytes input(args[0]);
  bool ignore_bom = args[1]->IsTrue();
  bool fatal = args[2]->IsTrue();
  const uint8_t* data = input.data;
  size_t length = input.length;
  if (fatal && !encoding::IsUtf8(data, length)) return;
  if (!ignore_bom && length >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
    data += 3;
    length -= 3;
  }
  if (length > static_cast<size_t>(String::kMaxLength)) return;
  Local<String> result;
  if (length == 0) {
    result = String::Empty(isolate);
  } else if (encoding::IsAscii(data, length)) {
    if (!String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, static_cast<int>(length))
             .ToLocal(&result)) {
      return;
    }
  } else if (!String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                  v8::NewStringType::kNormal, static_cast<int>(length))
                  .ToLocal(&result)) {
    return;
  }
  args.GetReturnValue().Set(result);
}

// decodeLatin1(input) -> string: every byte is the code point of the same value.
void DecodeLatin1(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  InputBytes input(args[0]);
  if (input.length == 0) return args.GetReturnValue().SetEmptyString();
  if (input.length > static_cast<size_t>(String::kMaxLength)) return;
  Local<String> result;
  if (String::NewFromOneByte(isolate, input.data, v8::NewStringType::kNormal,
                             static_cast<int>(input.length))
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// hasConverter(name) -> whether ICU can decode the encoding.
void HasConverter(const FunctionCallbackInfo<Value>& args) {
  Utf8Value name(args.GetIsolate(), args[0]);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(*name, &status);
  args.GetReturnValue().Set(U_SUCCESS(status));
  if (conv != nullptr) ucnv_close(conv);
}

// A streaming decoder: new Converter(name, flags); decode(input, flags) -> string, or
// undefined when fatal and the input is invalid (the state is then reset). A flush
// (kFlush) ends the stream: incomplete input becomes U+FFFD (or an error) and the
// next call starts a new stream, with the BOM check armed again.
class Converter : public BaseObject {
 public:
  Converter(Environment* env, Local<Object> object, UConverter* conv, int flags)
      : BaseObject(env, object), conv_(conv), flags_(flags) {
    switch (ucnv_getType(conv)) {
      case UCNV_UTF8:
      case UCNV_UTF16_BigEndian:
      case UCNV_UTF16_LittleEndian:
        unicode_ = true;
        break;
      default:
        break;
    }
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(conv_, (flags & kFatal) ? UCNV_TO_U_CALLBACK_STOP : SubstituteFFFD, nullptr,
                        nullptr, nullptr, &status);
  }
  ~Converter() override { ucnv_close(conv_); }

  static void New(const FunctionCallbackInfo<Value>& args) {
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    Utf8Value name(args.GetIsolate(), args[0]);
    int flags = args[1]->Int32Value(env->context()).FromMaybe(0);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(*name, &status);
    CHECK(U_SUCCESS(status));
    new Converter(env, args.This(), conv, flags);
  }

  static void Decode(const FunctionCallbackInfo<Value>& args) {
    Converter* self = Unwrap<Converter>(args.This());
    CHECK(self != nullptr);
    Isolate* isolate = args.GetIsolate();
    InputBytes input(args[0]);
    int flags = args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
    bool flush = (flags & kFlush) != 0;

    // At most two UTF-16 units per input byte, plus what earlier calls left pending.
    std::vector<UChar> output(input.length * 2 + 16);
    const char* source = reinterpret_cast<const char*>(input.data);
    const char* source_end = source + input.length;
    UChar* target = output.data();
    UErrorCode status = U_ZERO_ERROR;
    for (;;) {
      ucnv_toUnicode(self->conv_, &target, output.data() + output.size(), &source, source_end,
                     nullptr, flush, &status);
      if (status != U_BUFFER_OVERFLOW_ERROR) break;
      size_t used = static_cast<size_t>(target - output.data());
      output.resize(output.size() * 2);
      target = output.data() + used;
      status = U_ZERO_ERROR;
    }
    if (U_FAILURE(status)) {
      self->Reset();
      return;
    }
    size_t length = static_cast<size_t>(target - output.data());
    const UChar* start = output.data();
    if (self->unicode_ && !(self->flags_ & kIgnoreBom) && !self->bom_seen_ && length > 0) {
      if (start[0] == 0xfeff) {
        start++;
        length--;
      }
      self->bom_seen_ = true;
    }
    if (flush) self->Reset();
    Local<String> result;
    if (String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(start),
                               v8::NewStringType::kNormal, static_cast<int>(length))
            .ToLocal(&result)) {
      args.GetReturnValue().Set(result);
    }
  }

 private:
  // ICU's own substitute callback writes U+001A for some legacy converters; the
  // Encoding Standard (and Node) always uses U+FFFD.
  static void SubstituteFFFD(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                             UConverterCallbackReason reason, UErrorCode* err) {
    if (reason > UCNV_IRREGULAR) return;
    static const UChar kReplacement = 0xfffd;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
  }

  void Reset() {
    ucnv_reset(conv_);
    bom_seen_ = false;
  }

  UConverter* conv_;
  int flags_;
  bool unicode_ = false;
  bool bom_seen_ = false;
};

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "encodeUtf8String", EncodeUtf8String);
  SetMethod(context, target, "encodeInto", EncodeInto);
  SetMethod(context, target, "decodeUtf8", DecodeUtf8);
  SetMethod(context, target, "decodeLatin1", DecodeLatin1);
  SetMethod(context, target, "hasConverter", HasConverter);
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, Converter::New, "Converter");
  BaseObject::SetProtoMethod(env, tmpl, "decode", Converter::Decode);
  SetValue(context, target, "Converter", tmpl->GetFunction(context).ToLocalChecked());
  SetNumber(context, target, "kFlush", kFlush);
  SetNumber(context, target, "kFatal", kFatal);
  SetNumber(context, target, "kIgnoreBom", kIgnoreBom);
}

}  // namespace
}  // namespace rt

RT_BINDING(encoding_binding, rt::Initialize)
