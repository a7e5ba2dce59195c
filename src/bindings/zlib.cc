// The `zlib` binding: deflate/inflate/gzip (zlib) and Brotli streams for lib/zlib.js,
// crc32, and the Z_*/BROTLI_* constants.
//
// A stream object (Zlib, BrotliEncoder, BrotliDecoder) runs one write at a time:
// `write(flush, in, inOff, inLen, out, outOff, outLen)` compresses on the libuv
// thread pool and then calls the JS write callback given to init() (`this` is the
// stream); `writeSync(...)` does the same work in place. Both leave
// [availOutAfter, availInAfter] in the Uint32Array given to init(). A failure
// calls `this.onerror(message, errno, code)` instead. `writeSyncAll` runs a whole
// one-shot input into a single growing buffer. lib/ validates arguments.
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <string.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/req_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

// Numbered like zlib.constants (DEFLATE = 1 ... BROTLI_ENCODE = 9).
enum Mode {
  NONE,
  DEFLATE,
  INFLATE,
  GZIP,
  GUNZIP,
  DEFLATERAW,
  INFLATERAW,
  UNZIP,
  BROTLI_DECODE,
  BROTLI_ENCODE
};

constexpr uint8_t kGzipId1 = 0x1f;
constexpr uint8_t kGzipId2 = 0x8b;

// What a failed operation reports to JS: onerror(message, errno, code).
struct CompressionError {
  CompressionError() = default;
  CompressionError(std::string m, std::string c, int e)
      : message(std::move(m)), code(std::move(c)), err(e), set(true) {}
  std::string message;
  std::string code;
  int err = 0;
  bool set = false;
};

// Allocations of zlib and Brotli state, counted so that V8 learns how much memory
// each stream holds outside its heap. Allocation happens on pool threads too, so
// the not-yet-reported amount is atomic; Report() runs on the JS thread.
class MemoryTracker {
 public:
  void* Alloc(size_t size) {
    size_t* block = static_cast<size_t*>(malloc(size + sizeof(size_t) * 2));
    if (block == nullptr) return nullptr;
    block[0] = size;
    unreported_.fetch_add(static_cast<int64_t>(size), std::memory_order_relaxed);
    return block + 2;  // Two words keep the 16-byte alignment malloc gives.
  }
  void Free(void* ptr) {
    if (ptr == nullptr) return;
    size_t* block = static_cast<size_t*>(ptr) - 2;
    unreported_.fetch_sub(static_cast<int64_t>(block[0]), std::memory_order_relaxed);
    free(block);
  }
  void Report(Isolate* isolate) {
    int64_t delta = unreported_.exchange(0, std::memory_order_relaxed);
    if (delta != 0) isolate->AdjustAmountOfExternalAllocatedMemory(delta);
  }

  static voidpf ZAlloc(voidpf opaque, uInt items, uInt size) {
    return static_cast<MemoryTracker*>(opaque)->Alloc(static_cast<size_t>(items) * size);
  }
  static void ZFree(voidpf opaque, voidpf ptr) { static_cast<MemoryTracker*>(opaque)->Free(ptr); }
  static void* BrotliAlloc(void* opaque, size_t size) {
    return static_cast<MemoryTracker*>(opaque)->Alloc(size);
  }
  static void BrotliFree(void* opaque, void* ptr) {
    static_cast<MemoryTracker*>(opaque)->Free(ptr);
  }

 private:
  std::atomic<int64_t> unreported_{0};
};

const char* ZlibCodeName(int err) {
  switch (err) {
    case Z_OK:
      return "Z_OK";
    case Z_STREAM_END:
      return "Z_STREAM_END";
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
  }
  return "Z_UNKNOWN_ERROR";
}

// "ERR_" and the decoder's name for an error, like "ERR__ERROR_FORMAT_PADDING_1" (the
// prefix kept: libbrotli's own BrotliDecoderErrorString drops it in some versions).
std::string BrotliErrorCode(BrotliDecoderErrorCode code) {
  switch (code) {
#define BROTLI_ERROR_CASE(prefix, name, value) \
  case value:                                  \
    return "ERR_" #prefix #name;
    BROTLI_DECODER_ERROR_CODES_LIST(BROTLI_ERROR_CASE, )
#undef BROTLI_ERROR_CASE
  }
  return "ERR_INVALID";
}

// The buffers of one write; the work itself touches no V8 object.
struct WriteBuffers {
  const uint8_t* next_in = nullptr;
  uint32_t avail_in = 0;
  uint8_t* next_out = nullptr;
  uint32_t avail_out = 0;
  int flush = 0;
};

// Deflate, inflate, gzip, gunzip, raw and unzip over zlib. Initialised lazily (on
// the first write, params or reset), so that idle streams hold no zlib state.
class ZlibContext {
 public:
  explicit ZlibContext(Mode mode) : mode_(mode) {}
  ~ZlibContext() { Close(); }

  void Configure(int window_bits, int level, int mem_level, int strategy,
                 std::vector<uint8_t> dictionary) {
    window_bits_ = window_bits;
    level_ = level;
    mem_level_ = mem_level;
    strategy_ = strategy;
    dictionary_ = std::move(dictionary);
    if (mode_ == GZIP || mode_ == GUNZIP) window_bits_ += 16;
    if (mode_ == UNZIP) window_bits_ += 32;
    if (mode_ == DEFLATERAW || mode_ == INFLATERAW) {
      // zlib refuses a 256-byte window without the zlib wrapper; it uses 512 anyway.
      if (mode_ == DEFLATERAW && window_bits_ == 8) window_bits_ = 9;
      window_bits_ = -window_bits_;
    }
  }

  void SetTracker(MemoryTracker* tracker) { tracker_ = tracker; }

  // A guess at the output of all of `in` (see WriteSyncAll): deflate's worst case, the
  // size a gzip member records in its last four bytes, else 8:1 (text often packs 5-10:1;
  // reserving too much costs address space only).
  size_t OutputSizeHint(const uint8_t* in, size_t length) const {
    if (IsDeflate()) return deflateBound(nullptr, length) + 32;
    bool gzip = mode_ == GUNZIP ||
                (mode_ == UNZIP && length >= 2 && in[0] == kGzipId1 && in[1] == kGzipId2);
    if (gzip && length >= 18) {
      const uint8_t* isize = in + length - 4;
      size_t size = isize[0] | isize[1] << 8 | isize[2] << 16 | static_cast<size_t>(isize[3]) << 24;
      // Deflate expands at most 1032:1; a larger claim is not a real trailer.
      if (size <= length * 1032) return size + 64;
    }
    return length * 8;
  }

  void DoWork(WriteBuffers* io) {
    flush_ = io->flush;
    if (!EnsureInit()) return;
    strm_.next_in = const_cast<Bytef*>(io->next_in);
    strm_.avail_in = io->avail_in;
    strm_.next_out = io->next_out;
    strm_.avail_out = io->avail_out;
    switch (mode_) {
      case DEFLATE:
      case GZIP:
      case DEFLATERAW:
        err_ = deflate(&strm_, flush_);
        break;
      case UNZIP:
        DetectGzip();
        if (mode_ == UNZIP) {
          // Not one byte yet: nothing to decide, nothing to do.
          err_ = inflate(&strm_, flush_);
          break;
        }
        Inflate();
        break;
      case INFLATE:
      case GUNZIP:
      case INFLATERAW:
        Inflate();
        break;
      default:
        break;
    }
    io->next_in = strm_.next_in;
    io->avail_in = strm_.avail_in;
    io->next_out = strm_.next_out;
    io->avail_out = strm_.avail_out;
  }

  CompressionError GetError() const {
    if (init_failed_) return ErrorFor("Init error");
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm_.avail_out != 0 && flush_ == Z_FINISH) return ErrorFor("unexpected end of file");
        return CompressionError();
      case Z_STREAM_END:
        return CompressionError();
      case Z_NEED_DICT:
        return ErrorFor(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary");
      default:
        return ErrorFor("Zlib error");
    }
  }

  CompressionError Reset() {
    if (!EnsureInit()) return ErrorFor("Failed to init stream before reset");
    err_ = Z_OK;
    if (IsDeflate()) {
      err_ = deflateReset(&strm_);
    } else if (mode_ == INFLATE || mode_ == INFLATERAW || mode_ == GUNZIP) {
      err_ = inflateReset(&strm_);
    }
    if (err_ != Z_OK) return ErrorFor("Failed to reset stream");
    return SetDictionary();
  }

  CompressionError SetParams(int level, int strategy) {
    if (!EnsureInit()) return ErrorFor("Failed to init stream before set parameters");
    err_ = Z_OK;
    // Like Node 20, only deflate and raw deflate take new parameters (not gzip).
    if (mode_ == DEFLATE || mode_ == DEFLATERAW) err_ = deflateParams(&strm_, level, strategy);
    if (err_ != Z_OK && err_ != Z_BUF_ERROR) return ErrorFor("Failed to set parameters");
    return CompressionError();
  }

  void Close() {
    if (!init_done_) return;
    if (IsDeflate()) {
      deflateEnd(&strm_);
    } else {
      inflateEnd(&strm_);
    }
    init_done_ = false;
    mode_ = NONE;
  }

 private:
  bool IsDeflate() const { return mode_ == DEFLATE || mode_ == GZIP || mode_ == DEFLATERAW; }

  bool EnsureInit() {
    if (init_done_) return true;
    if (init_failed_) return false;
    memset(&strm_, 0, sizeof(strm_));
    strm_.zalloc = MemoryTracker::ZAlloc;
    strm_.zfree = MemoryTracker::ZFree;
    strm_.opaque = tracker_;
    if (IsDeflate()) {
      err_ = deflateInit2(&strm_, level_, Z_DEFLATED, window_bits_, mem_level_, strategy_);
    } else {
      err_ = inflateInit2(&strm_, window_bits_);
    }
    if (err_ != Z_OK) {
      init_failed_ = true;
      return false;
    }
    init_done_ = true;
    if (SetDictionary().set) {
      init_failed_ = true;
      return false;
    }
    return true;
  }

  CompressionError SetDictionary() {
    if (dictionary_.empty()) return CompressionError();
    err_ = Z_OK;
    if (mode_ == DEFLATE || mode_ == DEFLATERAW) {
      err_ =
          deflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    } else if (mode_ == INFLATERAW) {
      err_ =
          inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    }
    if (err_ != Z_OK) return ErrorFor("Failed to set dictionary");
    return CompressionError();
  }

  // Unzip decides between gzip and zlib from the first two bytes, which may come
  // in separate writes.
  void DetectGzip() {
    if (strm_.avail_in == 0) return;
    const Bytef* next = strm_.next_in;
    uInt left = strm_.avail_in;
    if (gzip_id_bytes_read_ == 0) {
      if (*next != kGzipId1) {
        mode_ = INFLATE;
        return;
      }
      gzip_id_bytes_read_ = 1;
      next++;
      left--;
      if (left == 0) return;
    }
    mode_ = *next == kGzipId2 ? GUNZIP : INFLATE;
    gzip_id_bytes_read_ = 2;
  }

  void Inflate() {
    err_ = inflate(&strm_, flush_);
    if (mode_ != INFLATERAW && err_ == Z_NEED_DICT && !dictionary_.empty()) {
      err_ =
          inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
      if (err_ == Z_OK) {
        err_ = inflate(&strm_, flush_);
      } else if (err_ == Z_DATA_ERROR) {
        // A dictionary whose checksum does not match: report it as a bad dictionary.
        err_ = Z_NEED_DICT;
      }
    }
    // More gzip members may follow one that ended; zero bytes after it are padding.
    while (mode_ == GUNZIP && err_ == Z_STREAM_END && strm_.avail_in > 0 &&
           strm_.next_in[0] != 0x00) {
      err_ = inflateReset(&strm_);
      if (err_ != Z_OK) break;
      err_ = inflate(&strm_, flush_);
    }
  }

  CompressionError ErrorFor(const char* fallback) const {
    const char* message = strm_.msg != nullptr ? strm_.msg : fallback;
    return CompressionError(message, ZlibCodeName(err_), err_);
  }

  Mode mode_;
  z_stream strm_{};
  MemoryTracker* tracker_ = nullptr;
  int err_ = Z_OK;
  int flush_ = Z_NO_FLUSH;
  int window_bits_ = 0;
  int level_ = 0;
  int mem_level_ = 0;
  int strategy_ = 0;
  int gzip_id_bytes_read_ = 0;
  bool init_done_ = false;
  bool init_failed_ = false;
  std::vector<uint8_t> dictionary_;
};

// Brotli compression.
class BrotliEncoderContext {
 public:
  explicit BrotliEncoderContext(Mode) {}
  ~BrotliEncoderContext() { Close(); }

  void SetTracker(MemoryTracker* tracker) { tracker_ = tracker; }

  size_t OutputSizeHint(const uint8_t*, size_t length) const {
    size_t bound = BrotliEncoderMaxCompressedSize(length);
    return bound != 0 ? bound + 32 : length;
  }

  bool Init(const uint32_t* params, size_t count) {
    Close();
    state_ = BrotliEncoderCreateInstance(MemoryTracker::BrotliAlloc, MemoryTracker::BrotliFree,
                                         tracker_);
    if (state_ == nullptr) return false;
    for (size_t i = 0; i < count; i++) {
      if (params[i] == std::numeric_limits<uint32_t>::max()) continue;
      if (!BrotliEncoderSetParameter(state_, static_cast<BrotliEncoderParameter>(i), params[i])) {
        return false;
      }
    }
    return true;
  }

  void DoWork(WriteBuffers* io) {
    size_t avail_in = io->avail_in;
    size_t avail_out = io->avail_out;
    ok_ = state_ != nullptr &&
          BrotliEncoderCompressStream(state_, static_cast<BrotliEncoderOperation>(io->flush),
                                      &avail_in, &io->next_in, &avail_out, &io->next_out, nullptr);
    io->avail_in = static_cast<uint32_t>(avail_in);
    io->avail_out = static_cast<uint32_t>(avail_out);
  }

  CompressionError GetError() const {
    if (ok_) return CompressionError();
    return CompressionError("Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1);
  }

  // Like Node, a reset starts a fresh encoder with the default parameters.
  CompressionError Reset() {
    if (!Init(nullptr, 0)) {
      return CompressionError("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
    }
    return CompressionError();
  }

  void Close() {
    if (state_ != nullptr) BrotliEncoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  BrotliEncoderState* state_ = nullptr;
  MemoryTracker* tracker_ = nullptr;
  bool ok_ = true;
};

// Brotli decompression.
class BrotliDecoderContext {
 public:
  explicit BrotliDecoderContext(Mode) {}
  ~BrotliDecoderContext() { Close(); }

  void SetTracker(MemoryTracker* tracker) { tracker_ = tracker; }

  size_t OutputSizeHint(const uint8_t*, size_t length) const { return length * 8; }

  bool Init(const uint32_t* params, size_t count) {
    Close();
    state_ = BrotliDecoderCreateInstance(MemoryTracker::BrotliAlloc, MemoryTracker::BrotliFree,
                                         tracker_);
    if (state_ == nullptr) return false;
    for (size_t i = 0; i < count; i++) {
      if (params[i] == std::numeric_limits<uint32_t>::max()) continue;
      if (!BrotliDecoderSetParameter(state_, static_cast<BrotliDecoderParameter>(i), params[i])) {
        return false;
      }
    }
    return true;
  }

  void DoWork(WriteBuffers* io) {
    flush_ = io->flush;
    if (state_ == nullptr) {
      result_ = BROTLI_DECODER_RESULT_ERROR;
      error_ = BROTLI_DECODER_ERROR_UNREACHABLE;
      return;
    }
    size_t avail_in = io->avail_in;
    size_t avail_out = io->avail_out;
    result_ = BrotliDecoderDecompressStream(state_, &avail_in, &io->next_in, &avail_out,
                                            &io->next_out, nullptr);
    io->avail_in = static_cast<uint32_t>(avail_in);
    io->avail_out = static_cast<uint32_t>(avail_out);
    if (result_ == BROTLI_DECODER_RESULT_ERROR) error_ = BrotliDecoderGetErrorCode(state_);
  }

  CompressionError GetError() const {
    if (result_ == BROTLI_DECODER_RESULT_ERROR) {
      return CompressionError("Decompression failed", BrotliErrorCode(error_),
                              static_cast<int>(error_));
    }
    if (flush_ == BROTLI_OPERATION_FINISH && result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      return CompressionError("unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR);
    }
    return CompressionError();
  }

  CompressionError Reset() {
    result_ = BROTLI_DECODER_RESULT_SUCCESS;
    if (!Init(nullptr, 0)) {
      return CompressionError("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
    }
    return CompressionError();
  }

  void Close() {
    if (state_ != nullptr) BrotliDecoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  BrotliDecoderState* state_ = nullptr;
  MemoryTracker* tracker_ = nullptr;
  BrotliDecoderResult result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
  int flush_ = 0;
};

// The JS object of one stream. A ReqWrap: while a write is on the thread pool the
// object is strong, so neither it nor the buffers it points into go away.
template <typename Ctx>
class CompressionStream : public ReqWrap<uv_work_t> {
 public:
  CompressionStream(Environment* env, Local<Object> object, Mode mode)
      : ReqWrap(env, object), ctx_(mode) {
    ctx_.SetTracker(&tracker_);
  }
  ~CompressionStream() override {
    CHECK(!write_in_progress_);
    Close();
  }

  Ctx* ctx() { return &ctx_; }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    int32_t mode = args[0]->Int32Value(env->context()).FromMaybe(NONE);
    CHECK(mode >= DEFLATE && mode <= BROTLI_ENCODE);
    new CompressionStream(env, args.This(), static_cast<Mode>(mode));
  }

  // Keeps the write result array and the write callback (init's common part).
  void SetWriteTargets(Local<Value> result, Local<Value> callback) {
    Isolate* isolate = env()->isolate();
    CHECK(result->IsUint32Array());
    Local<v8::Uint32Array> array = result.As<v8::Uint32Array>();
    CHECK(array->Length() >= 2);
    write_result_array_.Reset(isolate, array);
    write_result_ = reinterpret_cast<uint32_t*>(static_cast<uint8_t*>(array->Buffer()->Data()) +
                                                array->ByteOffset());
    CHECK(callback->IsFunction());
    write_callback_.Reset(isolate, callback.As<v8::Function>());
  }

  template <bool kAsync>
  static void Write(const FunctionCallbackInfo<Value>& args) {
    CompressionStream* self = Unwrap<CompressionStream>(args.This());
    CHECK(self != nullptr && self->write_result_ != nullptr);
    CHECK(!self->write_in_progress_ && !self->pending_close_ && !self->closed_);
    CHECK_EQ(args.Length(), 7);
    Local<Context> context = self->env()->context();
    WriteBuffers& io = self->io_;
    io.flush = args[0]->Int32Value(context).FromMaybe(0);
    if (args[1]->IsUndefined()) {
      io.next_in = nullptr;
      io.avail_in = 0;
    } else {
      CHECK(args[1]->IsArrayBufferView());
      Local<v8::ArrayBufferView> in = args[1].As<v8::ArrayBufferView>();
      uint32_t in_off = args[2]->Uint32Value(context).FromMaybe(0);
      uint32_t in_len = args[3]->Uint32Value(context).FromMaybe(0);
      CHECK(static_cast<size_t>(in_off) + in_len <= in->ByteLength());
      io.next_in = ViewData(in) + in_off;
      io.avail_in = in_len;
      if (kAsync) self->in_buffer_.Reset(args.GetIsolate(), in);
    }
    CHECK(args[4]->IsArrayBufferView());
    Local<v8::ArrayBufferView> out = args[4].As<v8::ArrayBufferView>();
    uint32_t out_off = args[5]->Uint32Value(context).FromMaybe(0);
    uint32_t out_len = args[6]->Uint32Value(context).FromMaybe(0);
    CHECK(static_cast<size_t>(out_off) + out_len <= out->ByteLength());
    io.next_out = ViewData(out) + out_off;
    io.avail_out = out_len;

    self->write_in_progress_ = true;
    if (kAsync) {
      self->out_buffer_.Reset(args.GetIsolate(), out);
      int err = self->Dispatch(uv_queue_work, self->env()->loop(), self->req(), DoThreadPoolWork,
                               AfterThreadPoolWork);
      CHECK_EQ(err, 0);
      return;
    }
    self->ctx_.DoWork(&io);
    self->write_in_progress_ = false;
    self->tracker_.Report(args.GetIsolate());
    CompressionError error = self->ctx_.GetError();
    if (error.set) {
      self->EmitError(error, false);
      return;
    }
    self->UpdateWriteResult();
  }

  // writeSyncAll(flush, in, inOff, inLen, maxOutputLength): the whole input at once,
  // in place, into one growing buffer (the one-shot *Sync functions). Returns the
  // output as an ArrayBuffer, null when it would exceed maxOutputLength, or
  // undefined after onerror was called. writeResult gets [availOut, availIn].
  static void WriteSyncAll(const FunctionCallbackInfo<Value>& args) {
    CompressionStream* self = Unwrap<CompressionStream>(args.This());
    CHECK(self != nullptr && self->write_result_ != nullptr);
    CHECK(!self->write_in_progress_ && !self->closed_);
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = self->env()->context();
    WriteBuffers& io = self->io_;
    io.flush = args[0]->Int32Value(context).FromMaybe(0);
    CHECK(args[1]->IsArrayBufferView());
    Local<v8::ArrayBufferView> in = args[1].As<v8::ArrayBufferView>();
    uint32_t in_off = args[2]->Uint32Value(context).FromMaybe(0);
    uint32_t in_len = args[3]->Uint32Value(context).FromMaybe(0);
    CHECK(static_cast<size_t>(in_off) + in_len <= in->ByteLength());
    double max_output = args[4]->NumberValue(context).FromMaybe(0);
    io.next_in = ViewData(in) + in_off;
    io.avail_in = in_len;

    constexpr size_t kMaxStep = std::numeric_limits<uint32_t>::max();
    // Sized from a guess at the whole output, so that the buffer rarely grows (growing
    // copies it once it is too small for glibc to mremap). Pages past what is written
    // are never touched, and the shrink below returns them.
    size_t hint = self->ctx_.OutputSizeHint(io.next_in, in_len);
    size_t limit = max_output < static_cast<double>(size_t{1} << 40)
                       ? static_cast<size_t>(max_output) + 1
                       : size_t{1} << 40;
    size_t capacity = std::clamp<size_t>(std::min<size_t>(hint, size_t{1} << 30), 16 * 1024,
                                         std::max<size_t>(limit, 16 * 1024));
    size_t used = 0;
    auto free_buffer = [](uint8_t* p) { free(p); };
    std::unique_ptr<uint8_t, decltype(free_buffer)> buffer(static_cast<uint8_t*>(malloc(capacity)),
                                                           free_buffer);
    if (buffer == nullptr && capacity > 1 << 20) {
      capacity = 1 << 20;
      buffer.reset(static_cast<uint8_t*>(malloc(capacity)));
    }
    CHECK(buffer != nullptr);
    for (;;) {
      size_t space = std::min(capacity - used, kMaxStep);
      io.next_out = buffer.get() + used;
      io.avail_out = static_cast<uint32_t>(space);
      self->ctx_.DoWork(&io);
      CompressionError error = self->ctx_.GetError();
      if (error.set) {
        self->tracker_.Report(isolate);
        self->EmitError(error, false);
        return;
      }
      used += space - io.avail_out;
      if (static_cast<double>(used) > max_output) {
        self->tracker_.Report(isolate);
        args.GetReturnValue().SetNull();
        return;
      }
      if (io.avail_out != 0) break;
      if (used == capacity) {
        capacity *= 2;
        uint8_t* grown = static_cast<uint8_t*>(realloc(buffer.get(), capacity));
        CHECK(grown != nullptr);
        buffer.release();
        buffer.reset(grown);
      }
    }
    self->tracker_.Report(isolate);
    self->UpdateWriteResult();
    if (used == 0) {
      args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
      return;
    }
    if (used < capacity - capacity / 4) {
      uint8_t* shrunk = static_cast<uint8_t*>(realloc(buffer.get(), used));
      if (shrunk != nullptr) {
        buffer.release();
        buffer.reset(shrunk);
      }
    }
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        buffer.release(), used, [](void* data, size_t, void*) { free(data); }, nullptr);
    args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
  }

  static void Close(const FunctionCallbackInfo<Value>& args) {
    CompressionStream* self = Unwrap<CompressionStream>(args.This());
    if (self == nullptr) return;
    if (self->write_in_progress_) {
      self->pending_close_ = true;
      return;
    }
    self->Close();
  }

  static void Reset(const FunctionCallbackInfo<Value>& args) {
    CompressionStream* self = Unwrap<CompressionStream>(args.This());
    CHECK(self != nullptr);
    // reset() during an asynchronous write (after params() or flush() started one): the
    // pool thread owns the stream until it is done, so the reset waits for it.
    if (self->write_in_progress_) {
      self->pending_reset_ = true;
      return;
    }
    CompressionError error = self->ctx_.Reset();
    self->tracker_.Report(args.GetIsolate());
    if (error.set) self->EmitError(error, false);
  }

  // An error from a write or reset: onerror(message, errno, code). From the pool's
  // completion it is a callback from the loop (MakeCallback); inside a JS call
  // (writeSync, reset) a plain call whose exceptions reach that caller.
  void EmitError(const CompressionError& error, bool from_loop) {
    Isolate* isolate = env()->isolate();
    Local<Context> context = env()->context();
    Local<Object> obj = object();
    Local<Value> fn;
    if (!obj->Get(context, Symbol(isolate, "onerror")).ToLocal(&fn) || !fn->IsFunction()) return;
    Local<Value> argv[3] = {Utf8String(isolate, error.message),
                            v8::Integer::New(isolate, error.err), Utf8String(isolate, error.code)};
    if (from_loop) {
      USE(env()->MakeCallback(obj, fn.As<v8::Function>(), 3, argv));
    } else {
      USE(fn.As<v8::Function>()->Call(context, obj, 3, argv));
    }
  }

 private:
  static uint8_t* ViewData(Local<v8::ArrayBufferView> view) {
    return static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  }

  static void DoThreadPoolWork(uv_work_t* req) {
    CompressionStream* self = static_cast<CompressionStream*>(From(req));
    self->ctx_.DoWork(&self->io_);
  }

  static void AfterThreadPoolWork(uv_work_t* req, int status) {
    CompressionStream* self = static_cast<CompressionStream*>(From(req));
    Environment* env = self->env();
    self->write_in_progress_ = false;
    self->in_buffer_.Reset();
    self->out_buffer_.Reset();
    if (status == UV_ECANCELED || env->is_stopping()) {
      self->Close();
      self->Done();
      return;
    }
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    Local<Context> context = env->context();
    Context::Scope context_scope(context);
    self->tracker_.Report(isolate);
    // The handle keeps the object alive through the callbacks, which may start the
    // next write (and so make it strong again).
    Local<Object> obj = self->object();
    self->Done();
    CompressionError error = self->ctx_.GetError();
    if (self->pending_reset_) {
      self->pending_reset_ = false;
      CompressionError reset_error = self->ctx_.Reset();
      self->tracker_.Report(isolate);
      if (!error.set) error = reset_error;
    }
    if (error.set) {
      self->EmitError(error, true);
    } else {
      self->UpdateWriteResult();
      Local<v8::Function> cb = self->write_callback_.Get(isolate);
      USE(env->MakeCallback(obj, cb, 0, nullptr));
    }
    if (self->pending_close_ && !self->write_in_progress_) self->Close();
  }

  void UpdateWriteResult() {
    write_result_[0] = io_.avail_out;
    write_result_[1] = io_.avail_in;
  }

  void Close() {
    pending_close_ = false;
    closed_ = true;
    ctx_.Close();
    tracker_.Report(env()->isolate());
  }

  Ctx ctx_;
  MemoryTracker tracker_;
  WriteBuffers io_;
  uint32_t* write_result_ = nullptr;
  v8::Global<v8::Uint32Array> write_result_array_;
  v8::Global<v8::Function> write_callback_;
  v8::Global<v8::ArrayBufferView> in_buffer_;
  v8::Global<v8::ArrayBufferView> out_buffer_;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool pending_reset_ = false;
  bool closed_ = false;
};

using ZlibStream = CompressionStream<ZlibContext>;
using BrotliEncoderStream = CompressionStream<BrotliEncoderContext>;
using BrotliDecoderStream = CompressionStream<BrotliDecoderContext>;

// zlib.init(windowBits, level, memLevel, strategy, writeResult, writeCallback, dictionary)
void ZlibInit(const FunctionCallbackInfo<Value>& args) {
  ZlibStream* self = BaseObject::Unwrap<ZlibStream>(args.This());
  CHECK(self != nullptr);
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  int window_bits = args[0]->Int32Value(context).FromMaybe(0);
  int level = args[1]->Int32Value(context).FromMaybe(0);
  int mem_level = args[2]->Int32Value(context).FromMaybe(0);
  int strategy = args[3]->Int32Value(context).FromMaybe(0);
  self->SetWriteTargets(args[4], args[5]);
  std::vector<uint8_t> dictionary;
  if (args[6]->IsArrayBufferView()) {
    Local<v8::ArrayBufferView> view = args[6].As<v8::ArrayBufferView>();
    dictionary.resize(view->ByteLength());
    view->CopyContents(dictionary.data(), dictionary.size());
  }
  self->ctx()->Configure(window_bits, level, mem_level, strategy, std::move(dictionary));
}

// zlib.params(level, strategy)
void ZlibParams(const FunctionCallbackInfo<Value>& args) {
  ZlibStream* self = BaseObject::Unwrap<ZlibStream>(args.This());
  CHECK(self != nullptr);
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  int level = args[0]->Int32Value(context).FromMaybe(0);
  int strategy = args[1]->Int32Value(context).FromMaybe(0);
  CompressionError error = self->ctx()->SetParams(level, strategy);
  if (error.set) self->EmitError(error, false);
}

// brotli.init(params Uint32Array (0xffffffff = unset), writeResult, writeCallback) -> bool
template <typename Stream>
void BrotliInit(const FunctionCallbackInfo<Value>& args) {
  Stream* self = BaseObject::Unwrap<Stream>(args.This());
  CHECK(self != nullptr);
  CHECK(args[0]->IsUint32Array());
  Local<v8::Uint32Array> params = args[0].As<v8::Uint32Array>();
  std::vector<uint32_t> values(params->Length());
  params->CopyContents(values.data(), values.size() * sizeof(uint32_t));
  self->SetWriteTargets(args[1], args[2]);
  args.GetReturnValue().Set(self->ctx()->Init(values.data(), values.size()));
}

template <typename Stream>
Local<v8::FunctionTemplate> MakeStreamTemplate(Environment* env, const char* name,
                                               v8::FunctionCallback init) {
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, Stream::New, name);
  BaseObject::SetProtoMethod(env, tmpl, "init", init);
  BaseObject::SetProtoMethod(env, tmpl, "write", Stream::template Write<true>);
  BaseObject::SetProtoMethod(env, tmpl, "writeSync", Stream::template Write<false>);
  BaseObject::SetProtoMethod(env, tmpl, "writeSyncAll", Stream::WriteSyncAll);
  BaseObject::SetProtoMethod(env, tmpl, "close", Stream::Close);
  BaseObject::SetProtoMethod(env, tmpl, "reset", Stream::Reset);
  return tmpl;
}

// crc32(data: string | ArrayBufferView, value: uint32) -> uint32; strings as UTF-8.
void Crc32(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uint32_t value = args[1]->Uint32Value(context).FromMaybe(0);
  uLong crc = value;
  if (args[0]->IsArrayBufferView()) {
    Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    size_t length = view->ByteLength();
    if (length > 0 && view->HasBuffer()) {
      crc = crc32_z(crc, static_cast<const Bytef*>(view->Buffer()->Data()) + view->ByteOffset(),
                    length);
    } else if (length > 0) {
      std::vector<uint8_t> copy(length);
      view->CopyContents(copy.data(), length);
      crc = crc32_z(crc, copy.data(), length);
    }
  } else {
    CHECK(args[0]->IsString());
    Utf8Value utf8(isolate, args[0]);
    crc = crc32_z(crc, reinterpret_cast<const Bytef*>(*utf8), utf8.length());
  }
  args.GetReturnValue().Set(static_cast<uint32_t>(crc));
}

// The public zlib.constants, in Node's order.
Local<Object> MakeConstants(Environment* env) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<Object> c = Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  auto set = [&](const char* name, double value) { SetNumber(context, c, name, value); };
#define Z(name) set(#name, name)
  Z(Z_NO_FLUSH), Z(Z_PARTIAL_FLUSH), Z(Z_SYNC_FLUSH), Z(Z_FULL_FLUSH), Z(Z_FINISH), Z(Z_BLOCK);
  Z(Z_OK), Z(Z_STREAM_END), Z(Z_NEED_DICT), Z(Z_ERRNO), Z(Z_STREAM_ERROR), Z(Z_DATA_ERROR);
  Z(Z_MEM_ERROR), Z(Z_BUF_ERROR), Z(Z_VERSION_ERROR);
  Z(Z_NO_COMPRESSION), Z(Z_BEST_SPEED), Z(Z_BEST_COMPRESSION), Z(Z_DEFAULT_COMPRESSION);
  Z(Z_FILTERED), Z(Z_HUFFMAN_ONLY), Z(Z_RLE), Z(Z_FIXED), Z(Z_DEFAULT_STRATEGY), Z(ZLIB_VERNUM);
  Z(DEFLATE), Z(INFLATE), Z(GZIP), Z(GUNZIP), Z(DEFLATERAW), Z(INFLATERAW), Z(UNZIP);
  Z(BROTLI_DECODE), Z(BROTLI_ENCODE);
#undef Z
  set("Z_MIN_WINDOWBITS", 8);
  set("Z_MAX_WINDOWBITS", 15);
  set("Z_DEFAULT_WINDOWBITS", 15);
  set("Z_MIN_CHUNK", 64);
  set("Z_MAX_CHUNK", std::numeric_limits<double>::infinity());
  set("Z_DEFAULT_CHUNK", 16 * 1024);
  set("Z_MIN_MEMLEVEL", 1);
  set("Z_MAX_MEMLEVEL", 9);
  set("Z_DEFAULT_MEMLEVEL", 8);
  set("Z_MIN_LEVEL", -1);
  set("Z_MAX_LEVEL", 9);
  set("Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION);
#define B(name) set(#name, name)
  B(BROTLI_OPERATION_PROCESS), B(BROTLI_OPERATION_FLUSH), B(BROTLI_OPERATION_FINISH);
  B(BROTLI_OPERATION_EMIT_METADATA);
  B(BROTLI_PARAM_MODE), B(BROTLI_MODE_GENERIC), B(BROTLI_MODE_TEXT), B(BROTLI_MODE_FONT);
  B(BROTLI_DEFAULT_MODE), B(BROTLI_PARAM_QUALITY), B(BROTLI_MIN_QUALITY), B(BROTLI_MAX_QUALITY);
  B(BROTLI_DEFAULT_QUALITY), B(BROTLI_PARAM_LGWIN), B(BROTLI_MIN_WINDOW_BITS);
  B(BROTLI_MAX_WINDOW_BITS), B(BROTLI_LARGE_MAX_WINDOW_BITS), B(BROTLI_DEFAULT_WINDOW);
  B(BROTLI_PARAM_LGBLOCK), B(BROTLI_MIN_INPUT_BLOCK_BITS), B(BROTLI_MAX_INPUT_BLOCK_BITS);
  B(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING), B(BROTLI_PARAM_SIZE_HINT);
  B(BROTLI_PARAM_LARGE_WINDOW), B(BROTLI_PARAM_NPOSTFIX), B(BROTLI_PARAM_NDIRECT);
  B(BROTLI_DECODER_RESULT_ERROR), B(BROTLI_DECODER_RESULT_SUCCESS);
  B(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT), B(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT);
  B(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION), B(BROTLI_DECODER_PARAM_LARGE_WINDOW);
#undef B
#define BROTLI_ERROR(prefix, name, value) set("BROTLI_DECODER" #prefix #name, value);
  BROTLI_DECODER_ERROR_CODES_LIST(BROTLI_ERROR, )
#undef BROTLI_ERROR
  return c;
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  auto add = [&](const char* name, Local<v8::FunctionTemplate> tmpl) {
    SetValue(context, target, name, tmpl->GetFunction(context).ToLocalChecked());
  };
  Local<v8::FunctionTemplate> zlib = MakeStreamTemplate<ZlibStream>(env, "Zlib", ZlibInit);
  BaseObject::SetProtoMethod(env, zlib, "params", ZlibParams);
  add("Zlib", zlib);
  add("BrotliEncoder", MakeStreamTemplate<BrotliEncoderStream>(env, "BrotliEncoder",
                                                               BrotliInit<BrotliEncoderStream>));
  add("BrotliDecoder", MakeStreamTemplate<BrotliDecoderStream>(env, "BrotliDecoder",
                                                               BrotliInit<BrotliDecoderStream>));
  SetMethod(context, target, "crc32", Crc32);
  SetValue(context, target, "constants", MakeConstants(env));
}

}  // namespace
}  // namespace rt

RT_BINDING(zlib, rt::Initialize)
