// The cross-thread message queue behind MessagePort (src/bindings/messaging.h), without V8.
#include <catch2/catch.hpp>

#include <uv.h>

#include <thread>

#include "bindings/messaging.h"

using rt::Message;
using rt::MessagePortData;

namespace {

std::unique_ptr<Message> Text(const std::string& text) {
  auto message = std::make_unique<Message>();
  message->data = std::make_shared<std::vector<uint8_t>>(text.begin(), text.end());
  return message;
}

std::string TextOf(const Message& message) {
  return std::string(message.data->begin(), message.data->end());
}

}  // namespace

TEST_CASE("a channel's ports deliver to each other, in order") {
  std::shared_ptr<MessagePortData> a;
  std::shared_ptr<MessagePortData> b;
  MessagePortData::CreatePair(&a, &b);
  CHECK(a->Send(Text("one")));
  CHECK(a->Send(Text("two")));
  CHECK(b->Send(Text("back")));
  CHECK(b->QueueLength() == 2);
  CHECK(TextOf(*b->Receive()) == "one");
  CHECK(TextOf(*b->Receive()) == "two");
  CHECK(b->Receive() == nullptr);
  CHECK(TextOf(*a->Receive()) == "back");
}

TEST_CASE("closing one end queues a close message for the other") {
  std::shared_ptr<MessagePortData> a;
  std::shared_ptr<MessagePortData> b;
  MessagePortData::CreatePair(&a, &b);
  a->Send(Text("last"));
  a->Disentangle();
  CHECK_FALSE(a->entangled());
  CHECK_FALSE(a->Send(Text("dropped")));
  CHECK(b->HasCloseMessage());
  CHECK(TextOf(*b->Receive()) == "last");
  CHECK(b->Receive()->is_close);
  // Nobody is left to receive.
  CHECK_FALSE(b->Send(Text("x")));
}

TEST_CASE("a freed port closes its channel") {
  std::shared_ptr<MessagePortData> a;
  std::shared_ptr<MessagePortData> b;
  MessagePortData::CreatePair(&a, &b);
  a.reset();
  CHECK(b->Receive()->is_close);
}

TEST_CASE("broadcast ports of one name each get a copy") {
  auto one = MessagePortData::JoinBroadcast("cctest-channel");
  auto two = MessagePortData::JoinBroadcast("cctest-channel");
  auto three = MessagePortData::JoinBroadcast("cctest-channel");
  auto other = MessagePortData::JoinBroadcast("cctest-other");
  CHECK(one->Send(Text("hi")));
  CHECK(one->QueueLength() == 0);
  CHECK(TextOf(*two->Receive()) == "hi");
  CHECK(TextOf(*three->Receive()) == "hi");
  CHECK(other->QueueLength() == 0);
  // Broadcast ports do not tell each other when they leave.
  two->Disentangle();
  CHECK(three->QueueLength() == 0);
  CHECK_FALSE(other->Send(Text("alone")));
}

TEST_CASE("a send from another thread wakes the receiving loop") {
  uv_loop_t loop;
  REQUIRE(uv_loop_init(&loop) == 0);
  std::shared_ptr<MessagePortData> a;
  std::shared_ptr<MessagePortData> b;
  MessagePortData::CreatePair(&a, &b);
  struct State {
    MessagePortData* port;
    std::vector<std::string> got;
  } state{b.get(), {}};
  uv_async_t wake_up;
  uv_async_init(&loop, &wake_up, [](uv_async_t* handle) {
    auto* s = static_cast<State*>(handle->data);
    while (auto message = s->port->Receive()) s->got.push_back(TextOf(*message));
    if (s->got.size() == 100) uv_close(reinterpret_cast<uv_handle_t*>(handle), nullptr);
  });
  wake_up.data = &state;
  b->Attach(&wake_up);
  std::thread sender([&a] {
    for (int i = 0; i < 100; i++) a->Send(Text(std::to_string(i)));
  });
  uv_run(&loop, UV_RUN_DEFAULT);
  sender.join();
  b->Detach();
  REQUIRE(state.got.size() == 100);
  CHECK(state.got.front() == "0");
  CHECK(state.got.back() == "99");
  CHECK(uv_loop_close(&loop) == 0);
}
