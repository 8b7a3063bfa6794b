//! The lessons offered in the toolbar: every example of the course notes, verbatim (the
//! files the differential tests also run), then a few short ones on what the course only
//! tells (zombies, daemons, locks, pipes).

pub struct Lesson {
    pub id: &'static str,
    pub title: &'static str,
    pub source: &'static str,
}

macro_rules! lesson {
    ($id:literal, $title:literal, $path:literal) => {
        Lesson {
            id: $id,
            title: $title,
            source: include_str!($path),
        }
    };
}

pub const LESSONS: &[Lesson] = &[
    lesson!(
        "ktv",
        "Semaphore: the KTV (100 processes, 4 rooms)",
        "../../tests/py/course/c01_semaphore_ktv.py"
    ),
    lesson!(
        "traffic-light",
        "Event: the traffic light (runs forever)",
        "../../tests/py/course/c02_event_traffic_light.py"
    ),
    lesson!(
        "queue-hello",
        "Queue: hello between processes",
        "../../tests/py/course/c03_queue_hello.py"
    ),
    lesson!(
        "producer-consumer",
        "Queue: producers and consumers",
        "../../tests/py/course/c04_producer_consumer.py"
    ),
    lesson!(
        "joinable-queue",
        "JoinableQueue: task_done and join",
        "../../tests/py/course/c05_joinablequeue.py"
    ),
    lesson!(
        "manager",
        "Manager: a shared dict and a lock (100 processes)",
        "../../tests/py/course/c06_manager_dict_lock.py"
    ),
    lesson!(
        "pool-apply-async",
        "Pool: apply_async and get",
        "../../tests/py/course/c07_pool_apply_async_get.py"
    ),
    lesson!(
        "pool-callback",
        "Pool: callbacks",
        "../../tests/py/course/c08_pool_callback.py"
    ),
    lesson!(
        "crawler",
        "Pool: the crawler",
        "../../tests/py/course/c09_pool_crawler.py"
    ),
    lesson!(
        "json-file2",
        "json.dump to a file",
        "../../tests/py/course/c10_json_dump_file2.py"
    ),
    lesson!(
        "zombie",
        "Zombies: a finished child until join",
        "../../static/lessons/zombie.py"
    ),
    lesson!(
        "daemon",
        "Daemons end with the main code",
        "../../static/lessons/daemon.py"
    ),
    lesson!(
        "lock",
        "Lock: selling the last tickets",
        "../../static/lessons/lock_tickets.py"
    ),
    lesson!("pipe", "Pipe: two ends", "../../static/lessons/pipe.py"),
    lesson!(
        "futures",
        "concurrent.futures: a process pool's futures",
        "../../static/lessons/futures.py"
    ),
];

pub fn find(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.id == id)
}
